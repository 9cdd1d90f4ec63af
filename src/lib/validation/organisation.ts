import { z } from "zod";
import { optionalText, plainText } from "./listing";

// An organisation that runs listings (HSDS organization). Shared by the create and edit forms and the use cases.

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const compact = (v: unknown) => (typeof v === "string" ? v.replace(/\s+/g, "").toUpperCase() : v);

export const charityNumberSchema = z.preprocess(
  (v) => blankToUndefined(compact(v)),
  z
    .string()
    .regex(/^\d{6,8}(-\d{1,3})?$/, "Enter a registered charity number of 6 to 8 digits, like 1012345")
    .optional(),
);

export const companyNumberSchema = z.preprocess(
  (v) => {
    const c = blankToUndefined(compact(v));
    // Companies House numbers are 8 characters; people often leave off leading zeros.
    return typeof c === "string" && /^\d{5,7}$/.test(c) ? c.padStart(8, "0") : c;
  },
  z
    .string()
    .regex(/^(\d{8}|[A-Z]{2}\d{6})$/, "Enter a Companies House number of 8 characters, like 01234567 or SC123456")
    .optional(),
);

export const organisationSchema = z.object({
  name: plainText("Organisation name", 160).min(2, "Enter the name of your organisation"),
  description: optionalText("Description", 2000),
  website: z.preprocess(
    (v) => (typeof v === "string" ? blankToUndefined(v.trim()) : v),
    z
      .url({ protocol: /^https?$/, error: "Enter a web address starting with https://, like https://example.org" })
      .max(500)
      .optional(),
  ),
  email: z.preprocess(
    (v) => (typeof v === "string" ? blankToUndefined(v.trim().toLowerCase()) : v),
    z.email({ error: "Enter an email address like name@example.org" }).max(254, "Email address must be 254 characters or fewer").optional(),
  ),
  charityNumber: charityNumberSchema,
  companyNumber: companyNumberSchema,
});
export type OrganisationInput = z.input<typeof organisationSchema>;
export type OrganisationDetails = z.infer<typeof organisationSchema>;

export const ORGANISATION_FIELDS = ["name", "description", "website", "email", "charityNumber", "companyNumber"] as const;
