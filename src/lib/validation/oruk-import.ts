import { z } from "zod";
import { accessTypeCodes, attendingTypeCodes, codesOf, weekdayCodes } from "@/lib/vocabulary";

// One Open Referral UK service as the importer understands it, after reading and checking the feed's record
// (src/server/oruk-import/map-oruk-service.ts) and before writing it onto our HSDS tables
// (src/server/oruk-import/write-imported-service.ts). It is also what an import record keeps (the last applied
// value and a change waiting for a moderator), so a re-import compares like with like and a moderator sees the
// difference field by field. Unknown stays unknown: `isFree` null means the feed did not say.
// See docs/decisions/0016-open-referral-import.md.

const text = z.string().trim();
const orNull = <T extends z.ZodType>(s: T) => s.nullable().default(null);

export const importedLocationSchema = z.object({
  /** The feed's location id (provenance; a shared venue is written once per listing). */
  sourceId: text.min(1),
  name: orNull(text),
  description: orNull(text),
  address1: orNull(text),
  address2: orNull(text),
  city: orNull(text),
  /** Normalised ("LS1 3AA"), or null when the feed gave none or one we cannot read. */
  postcode: orNull(text.max(8)),
  /** The point we will show: the feed's when it is inside West Yorkshire, else the postcode's, else none. */
  lat: orNull(z.number().min(-90).max(90)),
  lng: orNull(z.number().min(-180).max(180)),
  pointFrom: z.enum(["feed", "postcode", "none"]),
  /** Our accessibility codes matched from the feed's accessibility rows and location attributes. */
  accessibility: z.array(z.enum(codesOf("accessibility"))).default([]),
  /** The feed's accessibility rows in their own words (description: details). */
  accessibilityNotes: z.array(text).default([]),
});
export type ImportedLocation = z.infer<typeof importedLocationSchema>;

export const importedScheduleSchema = z.object({
  /** Index into `locations`, or null for a schedule of the service as a whole. */
  locationIndex: orNull(z.number().int().min(0)),
  /** WEEKLY (every `interval` weeks), MONTHLY (on `weekOfMonth` × `byDay`), or null for one dated event. */
  freq: orNull(z.enum(["WEEKLY", "MONTHLY"])),
  interval: orNull(z.number().int().min(1).max(52)),
  byDay: orNull(z.enum(weekdayCodes)),
  weekOfMonth: orNull(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)])),
  /** YYYY-MM-DD */
  dtstart: orNull(text),
  validFrom: orNull(text),
  validTo: orNull(text),
  /** Minutes after midnight. */
  opensAt: orNull(z.number().int().min(0).max(1440)),
  closesAt: orNull(z.number().int().min(0).max(1440)),
  description: orNull(text),
});
export type ImportedSchedule = z.infer<typeof importedScheduleSchema>;

export const importedServiceSchema = z.object({
  /** The feed's service id. */
  sourceId: text.min(1),
  name: text.min(1).max(300),
  alternateName: orNull(text),
  /** Plain text: HTML in the feed is turned into text. */
  description: text.default(""),
  url: orNull(text),
  email: orNull(text),
  status: z.enum(["active", "inactive", "defunct", "temporarily_closed"]).default("active"),
  fees: orNull(text),
  /** True when a cost option is free (amount 0 or "free"), false when one has a price, null when not stated. */
  isFree: orNull(z.boolean()),
  minimumAge: orNull(z.number().int().min(0).max(120)),
  maximumAge: orNull(z.number().int().min(0).max(120)),
  /** Our codes; empty when the feed does not say (never guessed). */
  attendingTypes: z.array(z.enum(attendingTypeCodes)).default([]),
  accessTypes: z.array(z.enum(accessTypeCodes)).default([]),
  organisation: z
    .object({
      sourceId: text.min(1),
      name: text.min(1),
      description: text.default(""),
      website: orNull(text),
      email: orNull(text),
      charityNumber: orNull(text),
    })
    .nullable()
    .default(null),
  locations: z.array(importedLocationSchema).default([]),
  schedules: z.array(importedScheduleSchema).default([]),
  costOptions: z.array(z.object({ option: orNull(text), amount: orNull(z.number()), amountDescription: orNull(text) })).default([]),
  contacts: z
    .array(z.object({ name: orNull(text), title: orNull(text), email: orNull(text), phones: z.array(text).default([]) }))
    .default([]),
  /** Phones of the service itself (not of a contact). */
  phones: z.array(text).default([]),
  /** Our vocabulary codes matched from the feed's taxonomy terms (name, code or seeds/oruk-term-map.json). */
  categories: z.array(z.enum(codesOf("category"))).default([]),
  audiences: z.array(z.enum(codesOf("audience"))).default([]),
  needs: z.array(z.enum(codesOf("need"))).default([]),
  /** Every taxonomy term the feed gave, as it gave it, matched or not. */
  originalTerms: z.array(z.object({ taxonomy: orNull(text), code: orNull(text), name: text })).default([]),
  /** The feed's own dates, kept for the moderator; our verification is our own. */
  assuredDate: orNull(text),
  lastModified: orNull(text),
  /** Things a moderator should know: "latitude 100 is impossible: placed at its postcode". */
  warnings: z.array(text).default([]),
});
export type ImportedService = z.infer<typeof importedServiceSchema>;

// ─── What we accept from a feed ────────────────────────────────────────────────────────────────────────────
// The standard's fields as a feed sends them, checked loosely: unknown fields are ignored, a field may be null
// or absent, numbers may come as numeric strings. A record without an id and a name, or with a field of the
// wrong kind (an age that is not a number), is reported and skipped.

const feedText = z
  .union([z.string(), z.number()])
  .transform((v) => String(v).trim())
  .nullish();
const feedNumber = z
  .union([
    z.number(),
    z
      .string()
      .trim()
      .regex(/^-?\d+(\.\d+)?$/)
      .transform(Number),
  ])
  .nullish();
const feedId = z.union([z.string().trim().min(1), z.number().transform(String)]);
const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((v) => v ?? []);

const feedTermSchema = z.looseObject({
  id: feedId.nullish(),
  name: feedText,
  term: feedText,
  code: feedText,
  taxonomy: z.union([z.string(), z.looseObject({ name: feedText })]).nullish(),
  taxonomy_detail: z.looseObject({ name: feedText }).nullish(),
});
const feedAttributeSchema = z.looseObject({ taxonomy_term: feedTermSchema.nullish(), value: feedText });
const feedScheduleSchema = z.looseObject({
  id: feedId.nullish(),
  service_at_location_id: feedId.nullish(),
  freq: feedText,
  interval: feedNumber,
  byday: feedText,
  dtstart: feedText,
  valid_from: feedText,
  valid_to: feedText,
  opens_at: feedText,
  closes_at: feedText,
  description: feedText,
});
const feedPhoneSchema = z.looseObject({ number: feedText });
const feedLocationSchema = z.looseObject({
  id: feedId,
  location_type: feedText,
  name: feedText,
  description: feedText,
  latitude: feedNumber,
  longitude: feedNumber,
  addresses: list(
    z.looseObject({ address_1: feedText, address_2: feedText, city: feedText, postal_code: feedText, address_type: feedText }),
  ),
  accessibility: list(z.looseObject({ description: feedText, details: feedText })),
  attributes: list(feedAttributeSchema),
});

export const feedServiceSchema = z.looseObject({
  id: feedId,
  name: z.string({ error: "has no name" }).trim().min(1, "has no name"),
  alternate_name: feedText,
  description: feedText,
  url: feedText,
  email: feedText,
  status: feedText,
  fees: feedText,
  fees_description: feedText,
  minimum_age: feedNumber,
  maximum_age: feedNumber,
  assured_date: feedText,
  last_modified: feedText,
  organization: z
    .looseObject({
      id: feedId,
      name: feedText,
      description: feedText,
      website: feedText,
      email: feedText,
      organization_identifiers: list(z.looseObject({ identifier_scheme: feedText, identifier_type: feedText, identifier: feedText })),
    })
    .nullish(),
  service_at_locations: list(
    z.looseObject({ id: feedId.nullish(), location: feedLocationSchema.nullish(), schedules: list(feedScheduleSchema) }),
  ),
  schedules: list(feedScheduleSchema),
  cost_options: list(z.looseObject({ option: feedText, amount: feedNumber, amount_description: feedText })),
  contacts: list(z.looseObject({ name: feedText, title: feedText, email: feedText, phones: list(feedPhoneSchema) })),
  phones: list(feedPhoneSchema),
  attributes: list(feedAttributeSchema),
  service_areas: list(z.looseObject({ name: feedText, extent_type: feedText })),
});
export type FeedService = z.infer<typeof feedServiceSchema>;
export type FeedSchedule = z.infer<typeof feedScheduleSchema>;
export type FeedLocation = z.infer<typeof feedLocationSchema>;
export type FeedAttribute = z.infer<typeof feedAttributeSchema>;
