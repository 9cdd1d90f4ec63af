// The HSDS-UK 3.0 tabular form: one CSV per entity, with the standard's file names and field names in the
// standard's order (its JSON schemas give each entity a `path` and its scalar fields; a test checks ours
// against them). Fields we have no data for stay as empty columns, so every file reads as the standard says.

export type HsdsFieldType = "string" | "number";
export type HsdsField = { name: string; type: HsdsFieldType; format?: "uuid"; description?: string };
export type HsdsTable = {
  name: HsdsTableName;
  path: string;
  title: string;
  fields: HsdsField[];
  /** Which id columns point at which other file's `id`. */
  foreignKeys: Array<{ fields: string; reference: { resource: HsdsTableName; fields: "id" } }>;
};

const NUMBERS = new Set(["latitude", "longitude", "amount", "minimum_age", "maximum_age", "interval"]);
const REFERENCES: Record<string, HsdsTableName> = {
  organization_id: "organization",
  service_id: "service",
  location_id: "location",
  service_at_location_id: "service_at_location",
  contact_id: "contact",
  taxonomy_id: "taxonomy",
  taxonomy_term_id: "taxonomy_term",
};

// services.csv first: the zip streams the first file as it is written and holds the others back until it ends,
// so the biggest file should be the one that streams.
const SPEC = {
  service: [
    "services.csv",
    "Services",
    "id organization_id name description url email status fees accreditations minimum_age maximum_age assured_date assurer_email alert last_modified",
  ],
  organization: ["organizations.csv", "Organisations", "id name description email website logo uri parent_organization_id"],
  location: [
    "locations.csv",
    "Locations",
    "id location_type name description latitude longitude external_identifier external_identifier_type",
  ],
  service_at_location: ["service_at_location.csv", "Services at locations", "id service_id location_id"],
  address: ["address.csv", "Addresses", "id location_id attention address_1 city region state_province postal_code country address_type"],
  phone: ["phones.csv", "Phones", "id contact_id number description"],
  contact: ["contacts.csv", "Contacts", "id service_id name title"],
  schedule: [
    "schedule.csv",
    "Schedules",
    "id service_id service_at_location_id valid_from valid_to dtstart freq interval byday bymonthday description opens_at closes_at schedule_link attending_type notes",
  ],
  cost_option: ["cost_options.csv", "Cost options", "id service_id valid_from valid_to option amount amount_description"],
  funding: ["funding.csv", "Funding", "id service_id source"],
  language: ["languages.csv", "Languages", "id service_id phone_id"],
  service_area: ["service_areas.csv", "Service areas", "id service_id name extent extent_type uri service_area"],
  accessibility: ["accessibility.csv", "Accessibility", "id location_id description details url accessibility"],
  attribute: ["attribute.csv", "Attributes", "id link_id taxonomy_term_id link_type"],
  taxonomy: ["taxonomies.csv", "Taxonomies", "id name description uri version"],
  taxonomy_term: ["taxonomy_terms.csv", "Taxonomy terms", "id name description parent_id taxonomy taxonomy_id term_uri term"],
  organization_identifier: [
    "organization_identifiers.csv",
    "Organisation identifiers",
    "id organization_id identifier_scheme identifier_type identifier",
  ],
} as const;

export type HsdsTableName = keyof typeof SPEC;

// Columns after the standard's, where the UK profile has nowhere to put something our JSON API does publish: a
// service's other names, and a phone of the service itself (no contact) keeps its service, both as in HSDS 3.0.
const EXTENSIONS: Partial<Record<HsdsTableName, HsdsField[]>> = {
  service: [
    {
      name: "alternate_name",
      type: "string",
      description: "Extension (HSDS 3.0): other names the service is known by, e.g. in an older source; as in the API.",
    },
  ],
  phone: [
    {
      name: "service_id",
      type: "string",
      format: "uuid",
      description: "Extension (HSDS 3.0): the service of a phone that is not a contact's.",
    },
  ],
};

function field(name: string): HsdsField {
  if (NUMBERS.has(name)) return { name, type: "number" };
  return name === "id" || name in REFERENCES || name === "parent_id" || name === "link_id"
    ? { name, type: "string", format: "uuid" }
    : { name, type: "string" };
}

export const HSDS_TABLES: readonly HsdsTable[] = Object.entries(SPEC).map(([name, [path, title, names]]) => {
  const fields = [...names.split(" ").map(field), ...(EXTENSIONS[name as HsdsTableName] ?? [])];
  return {
    name: name as HsdsTableName,
    path,
    title,
    fields,
    foreignKeys: [
      ...fields.flatMap((f) =>
        REFERENCES[f.name] ? [{ fields: f.name, reference: { resource: REFERENCES[f.name]!, fields: "id" as const } }] : [],
      ),
      ...(name === "taxonomy_term"
        ? [{ fields: "parent_id", reference: { resource: "taxonomy_term" as const, fields: "id" as const } }]
        : []),
    ],
  };
});

export const hsdsTable = (name: HsdsTableName): HsdsTable => HSDS_TABLES.find((t) => t.name === name)!;
