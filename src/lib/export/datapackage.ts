// datapackage.json of the HSDS package: a Frictionless tabular data package, so tools that read data packages
// (frictionless, csvkit, Open Referral validators) know each file's fields, keys and licences without guessing.
import { DATA_LICENCES, LICENCE_NOTES } from "@/lib/data-licences";
import { HSDS_TABLES } from "./hsds-tables";

export const PACKAGE_NAME = "west-yorkshire-creative-health-directory-hsds";

export function dataPackage(options: { created: Date; homepage: string; apiUrl: string }) {
  return {
    profile: "tabular-data-package",
    name: PACKAGE_NAME,
    title: "West Yorkshire Creative Health Asset Directory: published listings (Open Referral UK 3.0, tabular)",
    description: `Every published listing of the directory in the HSDS-UK 3.0 tabular form, built from the same records as its API (${options.apiUrl}). Home-based activities give only their area and a point rounded to about 1 km. ${LICENCE_NOTES.join(" ")}`,
    homepage: options.homepage,
    version: "HSDS-UK-3.0",
    created: options.created.toISOString(),
    licenses: DATA_LICENCES.map((l) => ({ name: l.name, title: l.title, path: l.path })),
    sources: [
      { title: "West Yorkshire Creative Health Asset Directory", path: options.homepage },
      ...DATA_LICENCES.map((l) => ({ title: l.attribution, path: l.path })),
    ],
    resources: HSDS_TABLES.map((t) => ({
      name: t.name,
      path: t.path,
      title: t.title,
      profile: "tabular-data-resource",
      format: "csv",
      mediatype: "text/csv",
      // The files start with a byte-order mark, for Excel.
      encoding: "utf-8-sig",
      dialect: { delimiter: ",", lineTerminator: "\r\n", header: true },
      schema: { fields: t.fields, primaryKey: "id", foreignKeys: t.foreignKeys },
    })),
  };
}
