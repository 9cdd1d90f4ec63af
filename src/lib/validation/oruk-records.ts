import { z } from "zod";

// The records the Open Referral UK API answers with (HSDS-UK 3.0), as zod schemas: the mapping in
// src/server/oruk/ produces values of these types, the route checks them in tests against the standard's own JSON
// schemas, and the OpenAPI document is generated from them. A field we do not have is left out, never null
// (the standard's fields are typed strings and numbers, not nullable ones).

const id = z.uuid();
const date = z.string().meta({ description: "A date, YYYY-MM-DD" });

export const taxonomySchema = z
  .object({
    id,
    name: z.string(),
    description: z.string(),
    uri: z.string().optional(),
    version: z.string().optional(),
  })
  .meta({ id: "Taxonomy" });

export const taxonomyTermSchema = z
  .object({
    id,
    name: z.string(),
    description: z.string(),
    code: z.string().optional().meta({ description: "Our stable slug for the term (used in /search URLs)." }),
    parent_id: id.optional(),
    taxonomy: z.string().optional(),
    taxonomy_id: id.optional(),
  })
  .meta({ id: "TaxonomyTerm" });

export const attributeSchema = z
  .object({
    id,
    link_id: id,
    link_type: z.enum(["service", "location", "organization"]),
    taxonomy_term_id: id,
    taxonomy_term: taxonomyTermSchema,
  })
  .meta({ id: "Attribute" });

export const addressSchema = z
  .object({
    id,
    location_id: id,
    address_1: z.string(),
    city: z.string(),
    state_province: z.string(),
    postal_code: z.string(),
    country: z.string(),
    address_type: z.enum(["physical", "postal", "virtual"]),
  })
  .meta({ id: "Address" });

export const accessibilitySchema = z
  .object({ id, location_id: id, description: z.string().optional(), details: z.string().optional() })
  .meta({ id: "Accessibility" });

export const locationSchema = z
  .object({
    id,
    location_type: z.enum(["physical", "postal", "virtual"]),
    name: z.string().optional(),
    description: z.string().optional(),
    latitude: z.number().optional(),
    longitude: z.number().optional(),
    addresses: z.array(addressSchema),
    accessibility: z.array(accessibilitySchema),
    attributes: z.array(attributeSchema),
  })
  .meta({ id: "Location" });

export const scheduleSchema = z
  .object({
    id,
    service_id: id,
    service_at_location_id: id.optional(),
    valid_from: date.optional(),
    valid_to: date.optional(),
    dtstart: date.optional(),
    freq: z.enum(["WEEKLY", "MONTHLY"]).optional(),
    interval: z.number().int().optional(),
    byday: z.string().optional(),
    opens_at: z.string().optional().meta({ description: "HH:MM" }),
    closes_at: z.string().optional().meta({ description: "HH:MM" }),
    description: z.string().optional(),
    attending_type: z.string().optional(),
  })
  .meta({ id: "Schedule" });

export const serviceAtLocationSchema = z
  .object({ id, service_id: id, location_id: id, location: locationSchema, schedules: z.array(scheduleSchema) })
  .meta({ id: "ServiceAtLocation" });

export const costOptionSchema = z
  .object({
    id,
    service_id: id,
    option: z.string().optional(),
    amount: z.number().optional(),
    amount_description: z.string().optional(),
    valid_from: date.optional(),
    valid_to: date.optional(),
  })
  .meta({ id: "CostOption" });

export const phoneSchema = z
  .object({ id, number: z.string(), description: z.string().optional(), contact_id: id.optional(), service_id: id.optional() })
  .meta({ id: "Phone" });

export const contactSchema = z
  .object({
    id,
    service_id: id.optional(),
    name: z.string().optional(),
    title: z.string().optional(),
    email: z.email().optional().meta({ description: "Only an address the provider published on the listing." }),
    phones: z.array(phoneSchema),
  })
  .meta({ id: "Contact" });

export const serviceAreaSchema = z
  .object({
    id,
    service_id: id,
    name: z.string(),
    extent_type: z.string().optional(),
    description: z.string().optional(),
    uri: z.string().optional(),
  })
  .meta({ id: "ServiceArea" });

export const languageSchema = z.object({ id, service_id: id, name: z.string(), code: z.string() }).meta({ id: "Language" });

export const organizationSchema = z
  .object({
    id,
    name: z.string(),
    description: z.string(),
    website: z.string().optional(),
    organization_identifiers: z.array(
      z.object({ id, organization_id: id, identifier_scheme: z.string(), identifier_type: z.string(), identifier: z.string() }),
    ),
  })
  .meta({ id: "Organization" });

const serviceFields = {
  id,
  organization_id: id.optional(),
  name: z.string(),
  alternate_name: z
    .string()
    .optional()
    .meta({ description: 'Other names the service is known by, "; " between them (e.g. a venue\'s name in an older source).' }),
  description: z.string(),
  url: z.string().optional(),
  email: z.email().optional(),
  status: z.enum(["active", "inactive", "defunct", "temporarily closed"]),
  fees: z.string().optional(),
  minimum_age: z.number().int().optional(),
  maximum_age: z.number().int().optional(),
  assured_date: date.optional().meta({ description: "When the listing was last verified by its provider or a moderator." }),
  last_modified: z.iso.datetime(),
};

export const serviceSummarySchema = z
  .object({ ...serviceFields, organization: organizationSchema.optional() })
  .meta({ id: "ServiceSummary" });

export const serviceSchema = z
  .object({
    ...serviceFields,
    organization: organizationSchema.optional(),
    service_at_locations: z.array(serviceAtLocationSchema),
    schedules: z.array(scheduleSchema),
    cost_options: z.array(costOptionSchema),
    contacts: z.array(contactSchema),
    phones: z.array(phoneSchema),
    attributes: z.array(attributeSchema),
    service_areas: z.array(serviceAreaSchema),
    languages: z.array(languageSchema),
  })
  .meta({ id: "Service" });

export const serviceAtLocationSummarySchema = z
  .object({ id, service_id: id, location_id: id, service: serviceSummarySchema, location: locationSchema })
  .meta({ id: "ServiceAtLocationSummary" });

export const serviceAtLocationDetailSchema = z
  .object({ id, service_id: id, location_id: id, location: locationSchema, schedules: z.array(scheduleSchema), service: serviceSchema })
  .meta({ id: "ServiceAtLocationDetail" });

export const organizationDetailSchema = organizationSchema
  .extend({ services: z.array(serviceSummarySchema) })
  .meta({ id: "OrganizationDetail" });

export const taxonomyDetailSchema = taxonomySchema.extend({ taxonomy_terms: z.array(taxonomyTermSchema) }).meta({ id: "TaxonomyDetail" });

/** The standard's page wrapper. `first_page`/`last_page` are true only on the first and the last page. */
export function pageSchema<T extends z.ZodType>(name: string, item: T) {
  return z
    .object({
      total_items: z.number().int(),
      total_pages: z.number().int(),
      page_number: z.number().int(),
      size: z.number().int().meta({ description: "The number of records in contents." }),
      first_page: z.boolean(),
      last_page: z.boolean(),
      empty: z.boolean(),
      contents: z.array(item),
    })
    .meta({ id: name });
}

export const licenseSchema = z
  .object({
    name: z.string().meta({ description: "SPDX identifier, e.g. ODbL-1.0" }),
    title: z.string(),
    path: z.url(),
    applies_to: z.string(),
    attribution: z.string().meta({ description: "The credit the licence asks for." }),
  })
  .meta({ id: "License" });

export const apiInfoSchema = z
  .object({
    version: z.string(),
    profile: z.url(),
    openapi_url: z.url(),
    licenses: z
      .array(licenseSchema)
      .meta({ description: "The licences of the data (ODbL share-alike for the OpenStreetMap-derived listings)." }),
    license_notes: z.array(z.string()).meta({ description: "Data that is under none of the licences, said plainly." }),
    exports: z.object({ services_csv: z.url(), hsds_zip: z.url() }).meta({ description: "The whole published directory as files." }),
  })
  .meta({ id: "ApiInfo" });

export const apiErrorSchema = z
  .object({
    error: z.enum(["bad_request", "not_found", "method_not_allowed", "server_error"]),
    message: z.string(),
    parameter: z.string().optional(),
  })
  .meta({ id: "Error" });

export type OrukTaxonomy = z.infer<typeof taxonomySchema>;
export type OrukTaxonomyTerm = z.infer<typeof taxonomyTermSchema>;
export type OrukAttribute = z.infer<typeof attributeSchema>;
export type OrukLocation = z.infer<typeof locationSchema>;
export type OrukSchedule = z.infer<typeof scheduleSchema>;
export type OrukServiceAtLocation = z.infer<typeof serviceAtLocationSchema>;
export type OrukOrganization = z.infer<typeof organizationSchema>;
export type OrukService = z.infer<typeof serviceSchema>;
export type OrukServiceSummary = z.infer<typeof serviceSummarySchema>;
export type OrukServiceAtLocationSummary = z.infer<typeof serviceAtLocationSummarySchema>;
export type OrukServiceAtLocationDetail = z.infer<typeof serviceAtLocationDetailSchema>;
export type OrukOrganizationDetail = z.infer<typeof organizationDetailSchema>;
export type OrukTaxonomyDetail = z.infer<typeof taxonomyDetailSchema>;
export type OrukPage<T> = Omit<z.infer<ReturnType<typeof pageSchema>>, "contents"> & { contents: T[] };
