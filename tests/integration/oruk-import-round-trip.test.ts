import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { importServices } from "@/server/oruk-import/import-services";
import { readFeed, type Feed } from "@/server/oruk-import/read-feed";
import type { ImportSummary } from "@/lib/oruk-import-summary";
import { serveApi, useDatabase } from "../support/oruk-api";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// The round trip (issue 12): the seeded directory serves its /api/v1 over real HTTP; an empty directory with
// reference data only imports it with --trust and holds the same services, venues, sessions, categories and
// costs. Then the same feed again changes nothing.

let source: TestDatabase;
let target: TestDatabase;
let api: Awaited<ReturnType<typeof serveApi>>;
let feed: Feed;
let summary: ImportSummary;
const timings: Record<string, number> = {};

beforeAll(async () => {
  [source, target] = await Promise.all([createTestDatabase({ seeded: true }), createTestDatabase({ seeded: "reference-only" })]);
  if (!process.env.ROUND_TRIP_ALL) await keepASample(source.db);
  useDatabase(source);
  api = await serveApi();
  let started = Date.now();
  feed = await readFeed(api.url);
  timings.readMs = Date.now() - started;
  started = Date.now();
  summary = await importServices({ feed, trust: true, dryRun: false, licence: "CC BY 4.0" }, target.db);
  timings.importMs = Date.now() - started;
  console.log(`round trip: ${feed.records.length} services read in ${timings.readMs} ms, imported in ${timings.importMs} ms`);
}, 600_000);
afterAll(async () => {
  await api?.close();
  await Promise.all([source?.drop(), target?.drop()]);
});

/**
 * The whole seed (1,889 services) takes about two minutes to read and import, too long for every test run:
 * keep 150 services chosen at random but always the same (by a hash of their id) plus a few of each shape that
 * is easy to get wrong, and archive the rest so the API leaves them out. ROUND_TRIP_ALL=1 runs everything.
 */
async function keepASample(db: PrismaClient) {
  await db.$executeRaw`
    WITH shapes AS (
      (SELECT sal.service_id AS id FROM service_at_location sal JOIN location l ON l.id = sal.location_id WHERE l.hide_exact_address LIMIT 5)
      UNION ALL (SELECT service_id FROM schedule WHERE freq = 'MONTHLY' LIMIT 5)
      UNION ALL (SELECT service_id FROM schedule WHERE dtstart IS NOT NULL LIMIT 5)
      UNION ALL (SELECT service_id FROM cost_option LIMIT 5)
      UNION ALL (SELECT service_id FROM service_at_location GROUP BY service_id HAVING count(*) > 1 LIMIT 5)
      UNION ALL (SELECT id FROM service WHERE organisation_id IS NOT NULL LIMIT 5)
      UNION ALL (SELECT id FROM service WHERE listing_status = 'published' ORDER BY md5(id::text) LIMIT 150)
    )
    UPDATE service SET listing_status = 'archived'
     WHERE listing_status = 'published' AND id NOT IN (SELECT id FROM shapes)`;
}

const include = {
  serviceAtLocations: { include: { location: true }, orderBy: { id: "asc" } },
  schedules: true,
  costOptions: true,
  attributes: { include: { taxonomyTerm: { include: { taxonomy: true } } } },
} as const;

async function shapeOf(db: PrismaClient, where: object) {
  const rows = await db.service.findMany({ where, include });
  return new Map(
    rows.map((s) => [
      s.source.startsWith("oruk:") ? s.sourceId! : s.id,
      {
        name: s.name,
        description: s.description,
        // Keyed by the source's location id (an imported venue's source id is "<service id>/<location id>").
        venues: Object.fromEntries(
          s.serviceAtLocations.map(({ location: l }) => [
            l.source.startsWith("oruk:") ? l.sourceId!.split("/")[1] : l.id,
            {
              postcode: l.postcode,
              point: l.hideExactAddress ? "hidden" : l.lat === null ? null : `${l.lat.toFixed(5)},${l.lng!.toFixed(5)}`,
            },
          ]),
        ) as Record<string, { postcode: string | null; point: string | null }>,
        sessions: s.schedules.map((x) => [x.freq, x.interval, x.byDay, x.weekOfMonth, x.opensAt, x.closesAt].join("|")).sort(),
        categories: s.attributes
          .filter((a) => a.taxonomyTerm.taxonomy.slug === "category")
          .map((a) => a.taxonomyTerm.code)
          .sort(),
        costs: {
          isFree: s.isFree,
          fees: s.fees,
          options: s.costOptions.map((c) => [c.option, c.amount === null ? null : Number(c.amount)].join("|")).sort(),
        },
      },
    ]),
  );
}

describe("Open Referral round trip: our /api/v1 → importServices into an empty directory", () => {
  it("reads every published service and imports each one", async () => {
    const published = await source.db.service.count({ where: { listingStatus: "published" } });
    expect(feed.records).toHaveLength(published);
    expect(feed.problems).toEqual([]);
    expect(summary.skipped).toEqual([]);
    expect(summary.new + summary.duplicatesSuggested).toBe(published);
    expect(await target.db.service.count()).toBe(published);
  });

  it("holds the same services, venues (points except hidden addresses), sessions, categories and costs", async () => {
    const expected = await shapeOf(source.db, { listingStatus: "published" });
    const actual = await shapeOf(target.db, {});
    const differences: string[] = [];
    for (const [id, want] of expected) {
      const got = actual.get(id);
      if (!got) {
        differences.push(`${want.name}: not imported`);
        continue;
      }
      // A hidden home address leaves as a rounded point (ADR 0011), so only its postcode can come back.
      for (const [venue, v] of Object.entries(want.venues)) {
        if (v.point === "hidden" && got.venues[venue]) got.venues[venue].point = "hidden";
      }
      for (const field of Object.keys(want) as Array<keyof typeof want>) {
        const [w, g] = [JSON.stringify(want[field]), JSON.stringify(got[field])];
        if (w !== g) differences.push(`${want.name} ${field}: ${w} ≠ ${g}`);
      }
    }
    expect(differences).toEqual([]);
  });

  it("a second import of the same feed changes nothing and says so", async () => {
    const again = await importServices({ feed, trust: true, dryRun: false, licence: "CC BY 4.0" }, target.db);
    expect(again).toMatchObject({ new: 0, changed: 0, duplicatesSuggested: 0, unchanged: feed.records.length, skipped: [] });
  }, 300_000);
});
