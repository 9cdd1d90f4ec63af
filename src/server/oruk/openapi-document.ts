import "server-only";
import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import type { z } from "zod";
import {
  idParamSchema,
  pagingQuerySchema,
  serviceAtLocationsQuerySchema,
  servicesQuerySchema,
  taxonomyTermsQuerySchema,
} from "@/lib/validation/oruk-query";
import {
  apiErrorSchema,
  apiInfoSchema,
  organizationDetailSchema,
  organizationSchema,
  pageSchema,
  serviceAtLocationDetailSchema,
  serviceAtLocationSummarySchema,
  serviceSchema,
  serviceSummarySchema,
  taxonomyDetailSchema,
  taxonomySchema,
  taxonomyTermSchema,
} from "@/lib/validation/oruk-records";
import { licenceStatement } from "@/lib/data-licences";
import { appUrl } from "@/server/http/app-url";

// The API's OpenAPI document, generated from the zod schemas that shape the responses and read the query
// (src/lib/validation/oruk-*.ts), so the document cannot drift from what the routes do.

export const ORUK_VERSION = "HSDS-UK-3.0";
export const ORUK_PROFILE_URL = "https://github.com/OpenReferralUK/uk-profile";

const json = (schema: z.ZodType, description: string) => ({ description, content: { "application/json": { schema } } });
const errors = {
  400: json(apiErrorSchema, "A parameter could not be used: `parameter` names it, `message` says why."),
};

function list(registry: OpenAPIRegistry, path: string, summary: string, query: z.ZodObject, page: z.ZodType) {
  registry.registerPath({
    method: "get",
    path,
    summary,
    request: { query },
    responses: { 200: json(page, "One page of results."), ...errors },
  });
}

function detail(registry: OpenAPIRegistry, path: string, summary: string, record: z.ZodType) {
  registry.registerPath({
    method: "get",
    path,
    summary,
    request: { params: idParamSchema },
    responses: { 200: json(record, "The record."), ...errors, 404: json(apiErrorSchema, "No published record has that id.") },
  });
}

function download(registry: OpenAPIRegistry, path: string, summary: string, mediaType: string) {
  registry.registerPath({
    method: "get",
    path,
    summary,
    responses: {
      200: {
        description: "A file to download (Content-Disposition: attachment). CSV files are UTF-8 with a byte-order mark, CRLF line ends.",
        content: { [mediaType]: { schema: { type: "string", format: "binary" } } },
      },
    },
  });
}

export function openApiDocument(): object {
  const registry = new OpenAPIRegistry();
  registry.registerPath({
    method: "get",
    path: "/",
    summary: "About this API: the standard it follows and where this document is.",
    responses: { 200: json(apiInfoSchema, "About this API.") },
  });
  list(
    registry,
    "/services",
    "Published services, filtered and paged.",
    servicesQuerySchema,
    pageSchema("ServicePage", serviceSummarySchema),
  );
  detail(registry, "/services/{id}", "One service in full.", serviceSchema);
  list(
    registry,
    "/service_at_locations",
    "Where services happen.",
    serviceAtLocationsQuerySchema,
    pageSchema("ServiceAtLocationPage", serviceAtLocationSummarySchema),
  );
  detail(registry, "/service_at_locations/{id}", "One service at one location, both in full.", serviceAtLocationDetailSchema);
  list(
    registry,
    "/organizations",
    "Organisations with published services.",
    pagingQuerySchema,
    pageSchema("OrganizationPage", organizationSchema),
  );
  detail(registry, "/organizations/{id}", "One organisation and its services.", organizationDetailSchema);
  list(
    registry,
    "/taxonomies",
    "The vocabularies services are described with.",
    pagingQuerySchema,
    pageSchema("TaxonomyPage", taxonomySchema),
  );
  detail(registry, "/taxonomies/{id}", "One vocabulary and its terms.", taxonomyDetailSchema);
  list(
    registry,
    "/taxonomy_terms",
    "Terms of the vocabularies.",
    taxonomyTermsQuerySchema,
    pageSchema("TaxonomyTermPage", taxonomyTermSchema),
  );
  detail(registry, "/taxonomy_terms/{id}", "One term.", taxonomyTermSchema);
  download(
    registry,
    "/export/services.csv",
    "Every published service at each of its venues, one row each, as CSV for spreadsheets.",
    "text/csv",
  );
  download(
    registry,
    "/export/hsds.zip",
    "The published directory as HSDS-UK 3.0 tabular files (one CSV per entity) with datapackage.json and the licences.",
    "application/zip",
  );
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "West Yorkshire Creative Health Directory: Open Referral UK API",
      version: ORUK_VERSION,
      description:
        "Read-only, no key. Published listings of the directory in the Open Referral UK (HSDS-UK 3.0) shape. Home-based activities show only their area and a point rounded to about 1 km.",
    },
    servers: [{ url: appUrl("/api/v1") }],
  });
}

export function apiInfo(): z.infer<typeof apiInfoSchema> {
  return {
    version: ORUK_VERSION,
    profile: ORUK_PROFILE_URL,
    openapi_url: appUrl("/api/v1/openapi.json"),
    ...licenceStatement(),
    exports: { services_csv: appUrl("/api/v1/export/services.csv"), hsds_zip: appUrl("/api/v1/export/hsds.zip") },
  };
}
