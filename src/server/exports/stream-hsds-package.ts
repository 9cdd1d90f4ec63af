import "server-only";
import { Zip, ZipDeflate, strToU8 } from "fflate";
import { CSV_BOM, csvLines } from "@/lib/csv";
import { licenceText } from "@/lib/data-licences";
import { dataPackage } from "@/lib/export/datapackage";
import { hsdsRowsOf, hsdsTaxonomyRows, type HsdsRow } from "@/lib/export/hsds-rows";
import { HSDS_TABLES, type HsdsTableName } from "@/lib/export/hsds-tables";
import { prisma, type Db } from "@/server/db/client";
import { appUrl } from "@/server/http/app-url";
import { orukServiceInclude, toOrukService, toOrukTaxonomy, toOrukTerm } from "@/server/oruk/to-oruk-records";
import { publishedServiceIds } from "./published-service-ids";

/** The records several services can share; the others belong to one service, so need no memory of ids. */
const SHARED = new Set<HsdsTableName>(["organization", "organization_identifier", "location", "address", "accessibility", "attribute"]);

export const HSDS_PACKAGE_FILENAME = "west-yorkshire-creative-health-hsds.zip";

/**
 * GET /api/v1/export/hsds.zip: the published directory as HSDS-UK tabular files in a zip, as pieces. Services
 * are read a batch at a time through the API's own mapping (toOrukService) and each file is compressed as it
 * grows; fflate holds back the compressed bytes of all but the file being written until the one before ends.
 */
export async function* streamHsdsPackage(options: { now?: Date; batchSize?: number } = {}, db: Db = prisma): AsyncGenerator<Uint8Array> {
  const out: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    out.push(chunk);
  });
  const drain = () => out.splice(0, out.length);
  const text = (name: string, content: string) => {
    const file = new ZipDeflate(name, { level: 6 });
    zip.add(file);
    file.push(strToU8(content), true);
  };

  const files = new Map(
    HSDS_TABLES.map((t) => [
      t.name,
      { table: t, file: new ZipDeflate(t.path, { level: 6 }), seen: SHARED.has(t.name) ? new Set<string>() : null },
    ]),
  );
  for (const f of files.values()) {
    zip.add(f.file);
    f.file.push(strToU8(CSV_BOM + csvLines([f.table.fields.map((x) => x.name)])));
  }
  const write = (rows: Array<[HsdsTableName, HsdsRow]>) => {
    const byTable = new Map<HsdsTableName, HsdsRow[]>();
    for (const [name, row] of rows) {
      const f = files.get(name)!;
      // An organisation or venue shared by several services is written once.
      if (f.seen) {
        if (f.seen.has(String(row.id))) continue;
        f.seen.add(String(row.id));
      }
      const list = byTable.get(name);
      if (list) list.push(row);
      else byTable.set(name, [row]);
    }
    for (const [name, tableRows] of byTable) {
      const f = files.get(name)!;
      f.file.push(strToU8(csvLines(tableRows.map((r) => f.table.fields.map((x) => r[x.name])))));
    }
  };

  const taxonomies = await db.taxonomy.findMany({
    orderBy: [{ slug: "asc" }],
    include: { terms: { orderBy: [{ sortOrder: "asc" }, { id: "asc" }], include: { taxonomy: true } } },
  });
  write(taxonomies.flatMap((t) => hsdsTaxonomyRows({ ...toOrukTaxonomy(t), taxonomy_terms: t.terms.map(toOrukTerm) })));
  yield* drain();

  for await (const ids of publishedServiceIds(db, options.batchSize ?? 200)) {
    const services = await db.service.findMany({
      where: { id: { in: ids }, listingStatus: "published" },
      orderBy: { id: "asc" },
      include: orukServiceInclude,
    });
    write(services.flatMap((s) => hsdsRowsOf(toOrukService(s))));
    yield* drain();
  }

  for (const f of files.values()) f.file.push(new Uint8Array(0), true);
  const homepage = appUrl("/");
  text(
    "datapackage.json",
    JSON.stringify(dataPackage({ created: options.now ?? new Date(), homepage, apiUrl: appUrl("/api/v1/") }), null, 2),
  );
  text("LICENCE.txt", licenceText());
  text("README.txt", readme(homepage));
  zip.end();
  yield* drain();
}

function readme(homepage: string): string {
  return [
    "West Yorkshire Creative Health Asset Directory: published listings in the Open Referral UK (HSDS-UK 3.0) tabular form.",
    `From ${homepage}. One CSV per entity, with the standard's field names; datapackage.json describes every file.`,
    "The files are UTF-8 with a byte-order mark and CRLF line ends. Home-based activities give only their area and a point rounded to about 1 km.",
    "The data's licences and the credit they ask for are in LICENCE.txt: OpenStreetMap-derived listings are under the ODbL 1.0 (share-alike).",
  ].join("\n");
}
