import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import { expect } from "vitest";

// The Open Referral UK 3.0 JSON schemas as the standard publishes them (tests/fixtures/oruk-3.0, unchanged), for
// checking our API's answers against the standard rather than against our own zod schemas.

const dir = fileURLToPath(new URL("../fixtures/oruk-3.0/schema/", import.meta.url));
const read = (path: string) => JSON.parse(readFileSync(`${dir}${path}`, "utf8")) as Record<string, unknown>;

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
// Data-package formats the schemas use for their CSV form, not JSON string formats.
ajv.addFormat("csv", true);
ajv.addFormat("datetime", true);
ajv.addSchema({ ...read("taxonomy_term.json"), $id: "taxonomy_term.json" });
ajv.addSchema({ ...read("taxonomy.json"), $id: "taxonomy.json" });

export type OrukSchemaName =
  | "compiled/service.json"
  | "compiled/service_list.json"
  | "compiled/service_at_location.json"
  | "compiled/service_at_location_list.json"
  | "compiled/organization.json"
  | "compiled/organization_list.json"
  | "taxonomy.json"
  | "taxonomy_term.json";

const cache = new Map<string, ValidateFunction>();
function validator(name: OrukSchemaName): ValidateFunction {
  let v = cache.get(name) ?? ajv.getSchema(name);
  if (!v) v = ajv.compile(read(name));
  cache.set(name, v);
  return v;
}

/** Fails the test with the standard's complaints when `record` does not match the schema. */
export function expectOruk(name: OrukSchemaName, record: unknown): void {
  const validate = validator(name);
  const valid = validate(record);
  expect(
    valid ? [] : validate.errors?.map((e) => `${e.instancePath} ${e.message}`),
    `${name} ${JSON.stringify(record).slice(0, 200)}`,
  ).toEqual([]);
}

const page = read("openapi.json") as { components: { schemas: { Page: Record<string, unknown> } } };
const validatePage = ajv.compile(page.components.schemas.Page);

/** A page wrapper per the profile's OpenAPI `Page`, with every item matching `item`. */
export function expectOrukPage(item: OrukSchemaName, body: { contents: unknown[] }): void {
  expect(validatePage(body) ? [] : validatePage.errors).toEqual([]);
  for (const record of body.contents) expectOruk(item, record);
}
