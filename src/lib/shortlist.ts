import { z } from "zod";

// The shortlist is a list of listing ids kept in the person's browser (a cookie, see
// docs/decisions/0012-shortlist.md) and, for sharing, in the URL: /shortlist?ids=<id>,<id>. Nothing about the
// person is stored on the server.

export const SHORTLIST_COOKIE = "shortlist";
export const MAX_SHORTLIST = 20;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids from a cookie ("a.b.c") or a query value ("a,b,c"): valid ids only, no repeats, at most 20. */
export function parseShortlistIds(raw: unknown): string[] {
  const values = (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === "string");
  const ids = values
    .flatMap((v) => v.split(/[.,\s]+/))
    .map((v) => v.toLowerCase())
    .filter((v) => UUID.test(v));
  return [...new Set(ids)].slice(0, MAX_SHORTLIST);
}

export const serializeShortlistCookie = (ids: readonly string[]) => ids.join(".");

/** The shareable path of a shortlist (commas read well and need no escaping in a query). */
export function shortlistPath(ids: readonly string[], page: "" | "/print" = ""): string {
  return ids.length ? `/shortlist${page}?ids=${ids.join(",")}` : `/shortlist${page}`;
}

export const shortlistToggleSchema = z.object({
  serviceId: z.string().regex(UUID, "That is not a listing we know"),
  op: z.enum(["add", "remove"]),
});

export const emailShortlistSchema = z.object({
  email: z
    .string({ error: "Enter an email address" })
    .trim()
    .min(1, "Enter an email address")
    .max(254, "Email address must be 254 characters or fewer")
    .pipe(z.email({ error: "Enter an email address in the correct format, like name@example.com" })),
  ids: z
    .string()
    .transform((s) => parseShortlistIds(s))
    .refine((ids) => ids.length > 0, "Your shortlist is empty: add an activity before you email it"),
});
