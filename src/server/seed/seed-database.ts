import "server-only";
import { basename, resolve } from "node:path";
import type { PrismaClient } from "@/generated/prisma/client";
import { rebuildInsights } from "@/server/insights/rebuild-insights";
import { countSeededServices } from "./count-seeded-services";
import { loadAssets } from "./load-assets";
import { loadGeography } from "./load-geography";
import { loadPostcodes } from "./load-postcodes";
import { loadVocabulary } from "./load-vocabulary";
import { LIBRARIES_SOURCE } from "./read-libraries";
import { MUSEUMS_SOURCE } from "./read-museums";
import { OSM_SOURCE } from "./read-osm-assets";
import { locateReferenceFiles } from "./reference-files";

type LoadedAssets = Awaited<ReturnType<typeof loadAssets>>;

/** What `loadAssets` reports when it is not run (a reference-only seed). */
const NO_ASSETS: LoadedAssets = {
  read: { libraries: 0, museums: 0, osm: 0 },
  leftOut: { osmBySubcategory: {}, librariesByReason: {}, museumsClosed: 0, unplaced: 0 },
  mergedAcrossSources: 0,
  mergedWithinOsm: 0,
  renamed: 0,
  listings: 0,
  facts: { librariesWithCouncilRecord: 0, openingHours: { parsed: 0, keptAsText: 0 } },
  changed: 0,
};

export type SeedSummary = {
  referenceDataDir: string;
  places: number;
  wards: number;
  lsoas: number;
  lsoasWithoutCentroid: number;
  postcodes: number;
  /** Postcode rows left out: LSOA not in the LSOA table, or no usable code or coordinates. */
  postcodesSkipped: number;
  postcodeDistricts: number;
  taxonomyTerms: number;
  services: {
    total: number;
    bySource: Record<string, number>;
    byPlace: Record<string, number>;
    byCategory: Record<string, number>;
  };
  assets: Awaited<ReturnType<typeof loadAssets>>["read"] & {
    mergedAcrossSources: number;
    mergedWithinOsm: number;
    /** Merged listings named by a more current source than their own record (ADR 0003). */
    renamed: number;
    leftOut: Awaited<ReturnType<typeof loadAssets>>["leftOut"];
    /** Libraries joined to a council record; OSM opening_hours values read as times vs kept as text. */
    facts: Awaited<ReturnType<typeof loadAssets>>["facts"];
  };
  /** Rows inserted or updated by this run; 0 on a re-run over an up-to-date database. */
  rowsChanged: number;
  durationMs: number;
};

/**
 * Loads the West Yorkshire reference geography, the vocabulary and the imported assets. Idempotent: a second
 * run writes nothing. Reference data is upserted; vocabulary and listings are insert-only so edits made in the
 * app survive a re-run.
 */
export async function seedDatabase(
  db: PrismaClient,
  options: {
    referenceDataDir: string;
    log?: (line: string) => void;
    /** Geography, postcodes and vocabulary only, without the seed assets: a directory built from feeds alone. */
    referenceOnly?: boolean;
  },
): Promise<SeedSummary> {
  const log = options.log ?? (() => {});
  const started = performance.now();
  let lap = started;
  const took = () => {
    const now = performance.now();
    const ms = Math.round(now - lap);
    lap = now;
    return `${ms} ms`;
  };

  const referenceDataDir = resolve(options.referenceDataDir);
  const files = await locateReferenceFiles(referenceDataDir);
  log(`seed: reading ${referenceDataDir}`);

  const geography = await loadGeography(db, files);
  log(`seed: places ${geography.counts.places}, wards ${geography.counts.wards}, lsoas ${geography.counts.lsoas} (${took()})`);

  const postcodes = await loadPostcodes(db, files, geography.lsoaIndex);
  log(
    `seed: postcodes ${postcodes.counts.postcodes} (skipped ${postcodes.counts.postcodesSkipped}), districts ${postcodes.counts.postcodeDistricts} (${took()})`,
  );

  const vocabulary = await loadVocabulary(db);
  log(`seed: taxonomies ${vocabulary.counts.taxonomies}, terms ${vocabulary.counts.taxonomyTerms} (${took()})`);

  const assets = options.referenceOnly
    ? NO_ASSETS
    : await loadAssets(db, files, {
        lsoaIndex: geography.lsoaIndex,
        wardCodes: geography.wardCodes,
        postcodes: postcodes.index,
      });
  if (options.referenceOnly) log("seed: reference data only, no seed assets (--reference-only)");
  const services = await countSeededServices(db, [LIBRARIES_SOURCE, MUSEUMS_SOURCE, OSM_SOURCE]);
  log(
    `seed: services ${services.total} (${Object.entries(services.bySource)
      .map(([k, n]) => `${k} ${n}`)
      .join(", ")}), ` +
      `merged ${assets.mergedAcrossSources} across sources and ${assets.mergedWithinOsm} within OSM, ` +
      `${assets.renamed} named by the more current source (${took()})`,
  );

  log(
    `seed: facts: ${assets.facts.librariesWithCouncilRecord} libraries with a council record; OSM opening hours ` +
      `${assets.facts.openingHours.parsed} read as times, ${assets.facts.openingHours.keptAsText} kept as text`,
  );
  log(
    `seed: services by place ${Object.entries(services.byPlace)
      .map(([k, n]) => `${k} ${n}`)
      .join(", ")}`,
  );
  log(
    `seed: services by category ${Object.entries(services.byCategory)
      .map(([k, n]) => `${k} ${n}`)
      .join(", ")}`,
  );

  const rowsChanged = geography.changed + postcodes.changed + vocabulary.changed + assets.changed;
  // LSOA centroids and bulk-loaded listings: recount the /insights aggregates once rather than trust triggers.
  if (rowsChanged > 0) {
    await rebuildInsights(db);
    log(`seed: insights aggregates rebuilt (${took()})`);
  }
  const summary: SeedSummary = {
    referenceDataDir,
    ...geography.counts,
    ...postcodes.counts,
    taxonomyTerms: vocabulary.counts.taxonomyTerms,
    services,
    assets: {
      ...assets.read,
      mergedAcrossSources: assets.mergedAcrossSources,
      mergedWithinOsm: assets.mergedWithinOsm,
      renamed: assets.renamed,
      leftOut: assets.leftOut,
      facts: assets.facts,
    },
    rowsChanged,
    durationMs: Math.round(performance.now() - started),
  };
  // Only a run that changed something is an event worth keeping; a no-op re-run leaves no trace.
  if (rowsChanged > 0) {
    await db.auditEvent.create({
      data: { action: "seed.loaded", entityType: "seed", entityId: basename(referenceDataDir), data: summary },
    });
  }
  log(`seed: done in ${summary.durationMs} ms, ${rowsChanged} rows written`);
  return summary;
}
