import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { AssetCandidate, GeoContext } from "./asset-candidate";
import { assetFacts, osmAddress, type OpeningHoursTally } from "./asset-facts";
import { dedupeAssets } from "./dedupe-assets";
import { loadFacts } from "./load-facts";
import { loadNames } from "./load-names";
import { chunk, readCsv } from "./read-csv";
import { indexLibraryRecords } from "./read-library-hours";
import { readLibraries } from "./read-libraries";
import { readMuseums } from "./read-museums";
import { readOsmAssets } from "./read-osm-assets";
import type { ReferenceFiles } from "./reference-files";
import type { DbOrTx } from "@/server/db/client";

/**
 * Imported assets → published, unverified services with one location each and their category attributes.
 * Services are insert-only (ON CONFLICT DO NOTHING on source + source_id): a re-run creates what is missing and
 * never overwrites a listing that moderators or providers have since edited. Their facts (hours, cost, access,
 * accessibility, contact: ADR 0009) are filled in and refreshed on imported listings nobody has taken over,
 * never over a confirmed fact (load-facts.ts); so are their names (the most current source's, the others as
 * alternative names: ADR 0003, load-names.ts).
 */
export async function loadAssets(db: PrismaClient, files: ReferenceFiles, geo: GeoContext) {
  const libraries = readLibraries(await readCsv(files.libraries), geo);
  const museums = readMuseums(await readCsv(files.museums), geo);
  const osm = readOsmAssets(await readCsv(files.osmAssets), geo);
  const { assets, mergedAcrossSources, mergedWithinOsm, renamed } = dedupeAssets(
    [...libraries.candidates, ...museums.candidates],
    osm.candidates,
  );

  const tags = new Map((await readCsv(files.osmTags)).map((row) => [(row.id ?? "").replace(/^osm:/, ""), row]));
  const libraryRecord = indexLibraryRecords(await readCsv(files.libraryHours));
  const openingHours: OpeningHoursTally = { parsed: 0, keptAsText: 0 };
  let librariesWithCouncilRecord = 0;
  const listings = assets.map((asset) => {
    if (!asset.address1 || !asset.city) {
      const found = osmAddress(asset, tags);
      asset.address1 ??= found.address1;
      asset.city ??= found.city;
    }
    const record =
      asset.source === "libraries-hacked"
        ? libraryRecord({ authority: asset.sourceId.split("/")[0] ?? "", postcode: asset.postcode, name: asset.name })
        : null;
    if (record) librariesWithCouncilRecord++;
    const { facts, url } = assetFacts(asset, { libraryRecord: record, tags }, openingHours);
    asset.url = url;
    return { source: asset.source, sourceId: asset.sourceId, facts, url };
  });

  const changed = await db.$transaction(
    async (tx) => {
      let rows = 0;
      for (const part of chunk(assets, 2000)) rows += await writeAssets(tx, part);
      rows += await loadNames(
        tx,
        assets.map((a) => ({
          source: a.source,
          sourceId: a.sourceId,
          name: a.name,
          alternateName: alternateName(a),
          otherSources: a.mergedFrom,
        })),
      );
      rows += await loadFacts(tx, listings);
      return rows;
    },
    { timeout: 60_000, maxWait: 10_000 },
  );

  return {
    read: {
      libraries: libraries.candidates.length,
      museums: museums.candidates.length,
      osm: osm.candidates.length,
    },
    leftOut: {
      osmBySubcategory: osm.leftOut,
      librariesByReason: libraries.leftOut,
      museumsClosed: museums.closed,
      unplaced: libraries.unplaced + museums.unplaced + osm.unplaced,
    },
    mergedAcrossSources,
    mergedWithinOsm,
    /** Merged listings showing another source's name than their own record's (the more current one). */
    renamed,
    listings: assets.length,
    facts: { librariesWithCouncilRecord, openingHours },
    changed,
  };
}

/** HSDS `alternate_name` is one string: the names that lost, in the order they were merged. */
const alternateName = (a: AssetCandidate) => (a.alternateNames.length ? a.alternateNames.join("; ") : null);
/** The merged records (`osm:node/1 osm:way/2`), space-separated for unnest; source ids have no spaces. */
const otherSources = (a: AssetCandidate) => a.mergedFrom.join(" ");

async function writeAssets(tx: DbOrTx, assets: AssetCandidate[]): Promise<number> {
  const col = <T>(f: (a: AssetCandidate) => T) => assets.map(f);
  const created = await tx.$queryRaw<{ id: string; source: string; source_id: string }[]>`
    INSERT INTO service (id, name, alternate_name, other_sources, description, url, status, attending_types, listing_status, verified_at,
      source, source_id, licence, updated_at)
    SELECT gen_random_uuid(), t.name, t.alternate_name, string_to_array(t.other_sources, ' '), t.description, t.url, 'active',
      ARRAY['in_person']::attending_type[], 'published', NULL, t.source, t.source_id, t.licence, now()
    FROM unnest(${col((a) => a.name)}::text[], ${col(alternateName)}::text[], ${col(otherSources)}::text[], ${col((a) => a.description)}::text[],
      ${col((a) => a.url)}::text[], ${col((a) => a.source)}::text[], ${col((a) => a.sourceId)}::text[], ${col((a) => a.licence)}::text[])
      AS t(name, alternate_name, other_sources, description, url, source, source_id, licence)
    ON CONFLICT (source, source_id) DO NOTHING
    RETURNING id, source, source_id`;

  const locations = await tx.$executeRaw`
    INSERT INTO location (id, name, location_type, address_1, address_2, city, postcode, lat, lng, place_code, ward_code, lsoa_code,
      source, source_id, licence, updated_at)
    SELECT gen_random_uuid(), t.name, 'physical', t.address_1, t.address_2, t.city, t.postcode, t.lat, t.lng, t.place_code, t.ward_code,
      t.lsoa_code, t.source, t.source_id, t.licence, now()
    FROM unnest(${col((a) => a.name)}::text[], ${col((a) => a.address1)}::text[], ${col((a) => a.address2)}::text[],
      ${col((a) => a.city)}::text[], ${col((a) => a.postcode)}::text[], ${col((a) => a.lat)}::float8[], ${col((a) => a.lng)}::float8[],
      ${col((a) => a.placeCode)}::text[], ${col((a) => a.wardCode)}::text[], ${col((a) => a.lsoaCode)}::text[],
      ${col((a) => a.source)}::text[], ${col((a) => a.sourceId)}::text[], ${col((a) => a.licence)}::text[])
      AS t(name, address_1, address_2, city, postcode, lat, lng, place_code, ward_code, lsoa_code, source, source_id, licence)
    ON CONFLICT (source, source_id) DO UPDATE SET address_1 = EXCLUDED.address_1, city = COALESCE(location.city, EXCLUDED.city)
      WHERE location.address_1 IS NULL AND EXCLUDED.address_1 IS NOT NULL`;

  if (created.length === 0) return locations;
  // Links and categories only for services created in this run, so a category a moderator removed stays removed.
  const newIds = created.map((s) => s.id);
  const links = await tx.$executeRaw`
    INSERT INTO service_at_location (id, service_id, location_id)
    SELECT gen_random_uuid(), s.id, l.id
    FROM service s JOIN location l ON l.source = s.source AND l.source_id = s.source_id
    WHERE s.id = ANY(${newIds}::uuid[])
    ON CONFLICT (service_id, location_id) DO NOTHING`;

  const byKey = new Map(assets.map((a) => [`${a.source}\u0000${a.sourceId}`, a]));
  const pairs = created.flatMap((s) =>
    (byKey.get(`${s.source}\u0000${s.source_id}`)?.categories ?? []).map((code) => [s.id, code] as const),
  );
  const attributes = await tx.$executeRaw`
    INSERT INTO attribute (id, taxonomy_term_id, service_id)
    SELECT gen_random_uuid(), term.id, p.service_id::uuid
    FROM unnest(${pairs.map((p) => p[0])}::text[], ${pairs.map((p) => p[1])}::text[]) AS p(service_id, code)
    JOIN taxonomy_term term ON term.code = p.code
    JOIN taxonomy tax ON tax.id = term.taxonomy_id AND tax.slug = 'category'
    ON CONFLICT (taxonomy_term_id, service_id) DO NOTHING`;
  return created.length + locations + links + attributes;
}
