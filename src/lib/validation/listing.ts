import { z } from "zod";
import { normalisePostcode } from "@/lib/postcode";
import { accessTypeCodes, attendingTypeCodes, codesOf, weekdayCodes } from "@/lib/vocabulary";

// A listing as a provider edits it and a moderator reviews it: the whole offer in one value. Drafts and
// revisions store it as JSON (Revision.data); approval applies it to the HSDS tables
// (src/server/listings/apply-listing.ts). Forms validate one step with `.pick()` of this schema; the server
// validates the whole listing on submit. See docs/decisions/0006-listing-lifecycle.md.

const MARKUP = /<\s*\/?\s*[a-z!?]/i;

/** Trimmed plain text: a clear message for too long and for HTML/script tags. */
export function plainText(label: string, max: number) {
  return z
    .string({ error: `Enter ${label.toLowerCase()}` })
    .trim()
    .max(max, `${label} must be ${max} characters or fewer`)
    .refine((s) => !MARKUP.test(s), `${label} must be plain text, without HTML or script tags`);
}

/** Optional plain text: blank (or only spaces) counts as not given. */
export function optionalText(label: string, max: number) {
  return z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), plainText(label, max).optional());
}

export const timeSchema = z
  .string({ error: "Enter a time, like 14:30" })
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Enter a time in 24-hour format, like 09:30 or 14:30");

export const dateSchema = z
  .string({ error: "Enter a date" })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Enter a real date, like 2026-12-05")
  .refine(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    "Enter a real date, like 2026-12-05",
  );

export const postcodeSchema = z
  .string({ error: "Enter a postcode" })
  .trim()
  .min(1, "Enter a postcode")
  .transform((s, ctx) => {
    const pc = normalisePostcode(s);
    if (!pc) {
      ctx.addIssue({ code: "custom", message: "Enter a real postcode, like HX1 1QG" });
      return z.NEVER;
    }
    return pc;
  });

export const listingLocationSchema = z.object({
  name: optionalText("Venue name", 120),
  address1: plainText("Address line 1", 120).min(1, "Enter the first line of the address"),
  address2: optionalText("Address line 2", 120),
  city: plainText("Town or city", 60).min(1, "Enter the town or city"),
  postcode: postcodeSchema,
  /** Home-based sessions: the public sees only the area and a rounded map point. */
  hideExactAddress: z.boolean().default(false),
  /** A map pin the provider nudged; must stay in and around West Yorkshire. */
  lat: z.number().min(53.3).max(54.2).optional(),
  lng: z.number().min(-2.4).max(-1.0).optional(),
  accessibility: z
    .array(z.enum(codesOf("accessibility")))
    .max(20)
    .default([]),
});
export type ListingLocation = z.infer<typeof listingLocationSchema>;

/** The longest gap between repeating sessions the form offers, in weeks. */
export const MAX_SESSION_INTERVAL = 8;

const sessionTimes = { opensAt: timeSchema, closesAt: timeSchema };
const sessionExtras = {
  /** Which of the listing's locations (index); omitted when there is one or none. */
  locationIndex: z.number().int().min(0).max(9).optional(),
  description: optionalText("Session note", 200),
};

export const listingSessionSchema = z
  .discriminatedUnion("kind", [
    z.object({
      kind: z.literal("weekly"),
      byDay: z.enum(weekdayCodes, { error: "Choose a day" }),
      /** Every 1 to 8 weeks (absent or 1 = every week, 2 = fortnightly); ignored when `weekOfMonth` makes it monthly. */
      interval: z
        .number({ error: `Choose how often: every week up to every ${MAX_SESSION_INTERVAL} weeks` })
        .int(`Choose how often: every week up to every ${MAX_SESSION_INTERVAL} weeks`)
        .min(1, `Choose how often: every week up to every ${MAX_SESSION_INTERVAL} weeks`)
        .max(MAX_SESSION_INTERVAL, `Choose how often: every week up to every ${MAX_SESSION_INTERVAL} weeks`)
        .optional(),
      /** Once a month on this byDay of the month: 1 to 4, or -1 for the last (iCal BYDAY=1SA, -1SA). */
      weekOfMonth: z
        .union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)], {
          error: "Choose which week of the month: first, second, third, fourth or last",
        })
        .optional(),
      ...sessionTimes,
      ...sessionExtras,
    }),
    z.object({ kind: z.literal("event"), date: dateSchema, ...sessionTimes, ...sessionExtras }),
  ])
  .refine((s) => s.closesAt > s.opensAt, { path: ["closesAt"], message: "The end time must be after the start time" });
export type ListingSession = z.infer<typeof listingSessionSchema>;

const age = z
  .number({ error: "Enter an age in whole years" })
  .int("Enter an age in whole years")
  .min(0, "Age must be 0 or more")
  .max(120, "Age must be 120 or less");

/**
 * The listing's fields without the cross-field rules: forms `.pick()` one step from it (zod refuses `.pick()`
 * on a refined object). `listingSchema` below adds every rule; step schemas add the rules for their fields.
 */
export const listingFieldsSchema = z.object({
  // What
  name: plainText("Name", 120).min(3, "Enter the name of the activity (at least 3 characters)"),
  description: plainText("Description", 3000).min(20, "Describe the activity in at least 20 characters"),
  categories: z
    .array(z.enum(codesOf("category")))
    .min(1, "Choose at least one category")
    .max(5, "Choose up to 5 categories"),
  // Who for
  minimumAge: age.nullable().default(null),
  maximumAge: age.nullable().default(null),
  audiences: z
    .array(z.enum(codesOf("audience")))
    .max(20)
    .default([]),
  needs: z
    .array(z.enum(codesOf("need")))
    .max(20)
    .default([]),
  // Where
  attendingTypes: z.array(z.enum(attendingTypeCodes)).min(1, "Choose how people take part"),
  locations: z.array(listingLocationSchema).max(10, "Add up to 10 venues").default([]),
  // When
  sessions: z.array(listingSessionSchema).max(30, "Add up to 30 sessions").default([]),
  // Cost
  isFree: z.boolean({ error: "Say whether it is free" }),
  fees: optionalText("Cost details", 500),
  // How to join
  accessTypes: z.array(z.enum(accessTypeCodes)).min(1, "Choose how people can join"),
  contactName: optionalText("Contact name", 120),
  email: z.email({ error: "Enter an email address like name@example.com" }).max(254).optional(),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()-]{10,20}$/, "Enter a UK phone number, like 01422 123456")
    .optional(),
  url: z
    .url({ protocol: /^https?$/, error: "Enter a web address starting with https://" })
    .max(500)
    .optional(),
});

type Ctx = z.RefinementCtx;
type Fields = z.infer<typeof listingFieldsSchema>;

/** The youngest age must not be above the oldest. */
export function checkAges(l: Pick<Fields, "minimumAge" | "maximumAge">, ctx: Ctx): void {
  if (l.minimumAge !== null && l.maximumAge !== null && l.minimumAge > l.maximumAge) {
    ctx.addIssue({ code: "custom", path: ["maximumAge"], message: "The oldest age must be the same as or more than the youngest age" });
  }
}

/** An in-person activity needs a venue. */
export function checkVenues(l: Pick<Fields, "attendingTypes" | "locations">, ctx: Ctx): void {
  if (l.attendingTypes.includes("in_person") && l.locations.length === 0) {
    ctx.addIssue({ code: "custom", path: ["locations"], message: "Add the venue where it happens" });
  }
}

/** Not free means saying what it costs. */
export function checkCost(l: Pick<Fields, "isFree" | "fees">, ctx: Ctx): void {
  if (!l.isFree && !l.fees) {
    ctx.addIssue({ code: "custom", path: ["fees"], message: "Say what it costs" });
  }
}

/** People who must book, be referred or join need a way to get in touch. */
export function checkContact(l: Pick<Fields, "accessTypes" | "email" | "phone" | "url">, ctx: Ctx): void {
  const needsContact = l.accessTypes.some((a) => a !== "drop_in");
  if (needsContact && !l.email && !l.phone && !l.url) {
    ctx.addIssue({
      code: "custom",
      path: ["email"],
      message: "Give an email address, phone number or website so people can book or be referred",
    });
  }
}

/** Sessions at the same venue on the same day or date must not overlap; each names a venue that exists. */
export function checkSessions(l: Pick<Fields, "sessions">, venueCount: number, ctx: Ctx): void {
  l.sessions.forEach((s, i) => {
    if (s.locationIndex !== undefined && s.locationIndex >= venueCount) {
      ctx.addIssue({ code: "custom", path: ["sessions", i, "locationIndex"], message: "Choose one of the venues you added" });
    }
    const clash = l.sessions.findIndex((o, j) => j < i && sameSlot(o, s) && o.opensAt < s.closesAt && s.opensAt < o.closesAt);
    if (clash !== -1) {
      ctx.addIssue({ code: "custom", path: ["sessions", i, "opensAt"], message: `This session overlaps session ${clash + 1}` });
    }
  });
}

export const listingSchema = listingFieldsSchema.superRefine((l, ctx) => {
  checkAges(l, ctx);
  checkVenues(l, ctx);
  checkCost(l, ctx);
  checkContact(l, ctx);
  checkSessions(l, l.locations.length, ctx);
});
export type Listing = z.infer<typeof listingSchema>;
export type ListingInput = z.input<typeof listingSchema>;

function sameSlot(a: ListingSession, b: ListingSession): boolean {
  if ((a.locationIndex ?? 0) !== (b.locationIndex ?? 0)) return false;
  return a.kind === "weekly" && b.kind === "weekly"
    ? a.byDay === b.byDay && a.weekOfMonth === b.weekOfMonth
    : a.kind === "event" && b.kind === "event" && a.date === b.date;
}

/** Minutes after midnight for "HH:MM" (the schedule table stores minutes). */
export function minutesOf(time: string): number {
  const [h, m] = time.split(":").map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** "HH:MM" for minutes after midnight. */
export function timeOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}
