import { z } from "zod";
import { placeCodes } from "@/lib/places";
import { parsePostcodeQuery } from "@/lib/postcode";

// The query parameters of the Open Referral UK API (/api/v1, docs/decisions/0015-open-referral-api.md). Unlike
// the /search page, which drops what it cannot use and says so, an API answers a bad parameter with a 400 that
// names it: a program asking for something we cannot do must not silently get something else. The same
// schemas describe the parameters in the OpenAPI document.

export const DEFAULT_PER_PAGE = 50;
export const MAX_PER_PAGE = 100;
/** Proximity in metres: at most 50 km, the same limit as /search. */
export const MAX_PROXIMITY_M = 50_000;
export const DEFAULT_PROXIMITY_M = 5_000;

const DAY_CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
export type DayCode = (typeof DAY_CODES)[number];
const DAY_NAMES: Record<string, DayCode> = {
  monday: "MO",
  tuesday: "TU",
  wednesday: "WE",
  thursday: "TH",
  friday: "FR",
  saturday: "SA",
  sunday: "SU",
};

const int = (name: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${name} must be a whole number` })
    .int(`${name} must be a whole number`)
    .min(min, `${name} must be at least ${min}`)
    .max(max, `${name} must be at most ${max}`);

const uuid = (name: string) => z.uuid({ error: `${name} must be a UUID` });

const time = (name: string) =>
  z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/, `${name} must be a time of day as HH:MM, like 09:30`)
    .transform((s) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3, 5)));

export const pagingQuerySchema = z.object({
  page: int("page", 1, 1_000_000).optional().meta({ description: "Page number, from 1. A page past the end is empty." }),
  per_page: int("per_page", 1, MAX_PER_PAGE)
    .optional()
    .meta({ description: `Results per page, 1 to ${MAX_PER_PAGE} (default ${DEFAULT_PER_PAGE}).` }),
});

const nearQuery = {
  postcode: z
    .string()
    .max(10, "postcode must be a UK postcode, like BD7 1DP, or a district, like BD7")
    .transform((s, ctx) => {
      const parsed = parsePostcodeQuery(s);
      if (!parsed) {
        ctx.addIssue({ code: "custom", message: "postcode must be a UK postcode, like BD7 1DP, or a district, like BD7" });
        return z.NEVER;
      }
      return parsed.kind === "postcode" ? parsed.postcode : parsed.outcode;
    })
    .optional()
    .meta({ description: "Local filter: near this West Yorkshire postcode or postcode district (with proximity)." }),
  proximity: int("proximity", 100, MAX_PROXIMITY_M)
    .optional()
    .meta({ description: `Local filter: metres from the postcode, 100 to ${MAX_PROXIMITY_M} (default ${DEFAULT_PROXIMITY_M}).` }),
};

export const servicesQuerySchema = pagingQuerySchema.extend({
  search: z
    .string()
    .max(200, "search must be 200 characters or fewer")
    .optional()
    .meta({ description: "Full text search, typo-tolerant, the same as the directory's own search." }),
  taxonomy_term_id: uuid("taxonomy_term_id").optional().meta({ description: "Services with this taxonomy term." }),
  taxonomy_id: uuid("taxonomy_id").optional().meta({ description: "Services with any term of this taxonomy." }),
  minimum_age: int("minimum_age", 0, 120).optional().meta({ description: "Services whose minimum age is at least this." }),
  maximum_age: int("maximum_age", 0, 120).optional().meta({ description: "Services whose maximum age is at most this." }),
  day: z
    .string()
    .transform((s, ctx) => {
      const v = s.trim();
      const code = (DAY_CODES as readonly string[]).includes(v.toUpperCase()) ? (v.toUpperCase() as DayCode) : DAY_NAMES[v.toLowerCase()];
      if (!code) {
        ctx.addIssue({ code: "custom", message: "day must be an iCal day code (MO, TU, WE, TH, FR, SA, SU) or a day name" });
        return z.NEVER;
      }
      return code;
    })
    .optional()
    .meta({ description: "Services with a current session on this day: MO, TU, WE, TH, FR, SA, SU (or monday … sunday)." }),
  start_time: time("start_time").optional().meta({ description: "Services with a session starting at or after this time (HH:MM)." }),
  end_time: time("end_time").optional().meta({ description: "Services with a session ending at or before this time (HH:MM)." }),
  modified_after: z.iso
    .datetime({ offset: true, error: "modified_after must be an ISO 8601 date and time, like 2026-01-31T00:00:00Z" })
    .optional()
    .meta({ description: "Services changed after this moment (ISO 8601)." }),
  ...nearQuery,
  place: z
    .enum(placeCodes, { error: `place must be the code of a West Yorkshire district (${placeCodes.join(", ")})` })
    .optional()
    .meta({ description: "Local filter: services at a venue in this local authority district (LAD code)." }),
  ward: z
    .string()
    .regex(/^E05\d{6}$/, "ward must be a ward code, like E05001349")
    .optional()
    .meta({ description: "Local filter: services at a venue in this electoral ward (ward code)." }),
});
export type ServicesQuery = z.infer<typeof servicesQuerySchema>;

export const serviceAtLocationsQuerySchema = pagingQuerySchema.extend({
  taxonomy_term_id: uuid("taxonomy_term_id").optional().meta({ description: "Services with this taxonomy term." }),
  ...nearQuery,
});
export type ServiceAtLocationsQuery = z.infer<typeof serviceAtLocationsQuerySchema>;

export const taxonomyTermsQuerySchema = pagingQuerySchema.extend({
  taxonomy_id: uuid("taxonomy_id").optional().meta({ description: "Terms of this taxonomy." }),
  parent_id: uuid("parent_id").optional().meta({ description: "Terms under this parent term." }),
});
export type TaxonomyTermsQuery = z.infer<typeof taxonomyTermsQuerySchema>;

export const idParamSchema = z.object({ id: uuid("id").meta({ description: "The record's UUID." }) });

export type QueryProblem = { parameter: string; message: string };

/**
 * Reads query parameters with one of the schemas above: the values, or the first problem (which parameter,
 * and why). A parameter given twice is a problem too: which of the two would we use?
 */
export function parseApiQuery<T extends z.ZodObject>(
  schema: T,
  params: URLSearchParams,
): { ok: true; value: z.infer<T> } | { ok: false; problem: QueryProblem } {
  const input: Record<string, string> = {};
  for (const key of Object.keys(schema.shape)) {
    const all = params.getAll(key);
    if (all.length > 1) return { ok: false, problem: { parameter: key, message: `${key} must be given once` } };
    const v = all[0]?.trim();
    if (v !== undefined && v !== "") input[key] = v;
  }
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0]!;
  return { ok: false, problem: { parameter: String(issue.path[0] ?? "query"), message: issue.message } };
}
