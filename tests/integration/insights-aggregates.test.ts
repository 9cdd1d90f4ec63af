import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/auth/policy";
import { readAreaCoverage } from "@/server/insights/read-area-coverage";
import { readListingTrend } from "@/server/insights/read-listing-trend";
import { approveImport } from "@/server/moderation/approve-import";
import { approveRevision } from "@/server/moderation/approve-revision";
import { archiveListing } from "@/server/moderation/archive-listing";
import { mergeListing } from "@/server/moderation/merge-listing";
import {
  makeImportRecord,
  makeModerator,
  makeOrganisationWithMember,
  makePendingEdit,
  makePendingNewListing,
  makePublishedListing,
  sampleListing,
} from "../support/factories";
import { startMailCapture } from "../support/mail-capture";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// The aggregates behind /insights (ADR 0041) are kept in step by triggers at each commit. After every kind of
// listing change they must equal a rebuild from scratch, and the page's figures the ones computed from the
// listings themselves.

let t: TestDatabase;
let mail: Awaited<ReturnType<typeof startMailCapture>>;
let moderator: Actor;
beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  mail = await startMailCapture();
  Object.assign(process.env, {
    DATABASE_URL: t.url,
    SMTP_URL: mail.smtpUrl,
    AUTH_SECRET: "integration-test-secret-0123456789",
    APP_URL: "http://directory.test",
  });
  moderator = await makeModerator(t.db);
});
afterAll(async () => {
  mail?.stop();
  await t?.drop();
});

type Snapshot = { counts: unknown[]; nearest: unknown[]; months: unknown[] };

const snapshot = async (db: Pick<TestDatabase["db"], "$queryRaw">): Promise<Snapshot> => ({
  counts: await db.$queryRaw`SELECT area_code, term_id::text, listings, verified_listings FROM insights_area_count
    WHERE listings <> 0 OR verified_listings <> 0 ORDER BY 1, 2`,
  nearest: await db.$queryRaw`SELECT lsoa_code, term_id::text, metres, verified_metres FROM insights_lsoa_nearest ORDER BY 1, 2`,
  months: await db.$queryRaw`SELECT area_code, term_id::text, month, imported, in_directory, verified_imported,
      verified_in_directory, verified FROM insights_month_count
    WHERE imported <> 0 OR in_directory <> 0 OR verified <> 0 ORDER BY 1, 2, 3`,
});

/** What insights_rebuild() gives now, read inside a transaction that is then rolled back. */
async function fromScratch(): Promise<Snapshot> {
  let rebuilt: Snapshot | undefined;
  await t.db
    .$transaction(async (tx) => {
      await tx.$executeRaw`SELECT insights_rebuild()`;
      rebuilt = await snapshot(tx);
      throw new Error("roll back");
    })
    .catch((error: Error) => {
      if (error.message !== "roll back") throw error;
    });
  return rebuilt!;
}

async function expectInStep(categories: string[]) {
  expect(await snapshot(t.db)).toEqual(await fromScratch());
  const places = (await t.db.place.findMany({ select: { code: true } })).map((p) => p.code);
  const now = new Date();
  for (const category of [undefined, ...categories]) {
    for (const verifiedOnly of [false, true]) {
      const filters = { category, verifiedOnly };
      const maintained = await readAreaCoverage({ filters }, t.db);
      expect(maintained).toEqual(await readAreaCoverage({ filters, strategy: "from-lsoas" }, t.db));
      for (const place of [undefined, ...places]) {
        const trend = await readListingTrend({ filters, place, now }, t.db);
        expect(trend).toEqual(await readListingTrend({ filters, place, now, strategy: "from-listings" }, t.db));
      }
    }
  }
}

const CHOIRS = "singing-and-choirs";
const THEATRE = "theatre-and-performance";

describe("insights aggregates", () => {
  it("start equal to a rebuild after the seed", async () => {
    await expectInStep([CHOIRS]);
  });

  it("follow a new listing published, its category changed and its venue moved, then archived", async () => {
    const { organisation, user } = await makeOrganisationWithMember(t.db);
    const { service, revision } = await makePendingNewListing(t.db, { organisationId: organisation.id, userId: user.id });
    expect((await approveRevision({ revisionId: revision.id, lockVersion: 1, serviceVersion: 1 }, moderator, t.db)).ok).toBe(true);
    await expectInStep([CHOIRS]);

    const live = await t.db.service.findUniqueOrThrow({ where: { id: service.id } });
    const moved = sampleListing({
      name: live.name,
      categories: [THEATRE],
      locations: [{ address1: "Central Library", city: "Leeds", postcode: "LS1 3AB", hideExactAddress: false, accessibility: [] }],
    });
    const edit = await makePendingEdit(t.db, { serviceId: live.id, organisationId: organisation.id, userId: user.id, listing: moved });
    expect((await approveRevision({ revisionId: edit.id, lockVersion: 1, serviceVersion: live.version }, moderator, t.db)).ok).toBe(true);
    await expectInStep([CHOIRS, THEATRE]);

    const edited = await t.db.service.findUniqueOrThrow({ where: { id: service.id } });
    const archived = await archiveListing({ serviceId: edited.id, version: edited.version, reason: "Closed" }, moderator, t.db);
    expect(archived.ok).toBe(true);
    await expectInStep([CHOIRS, THEATRE]);
  });

  it("follow a merge, a verification lapsing and a corrected creation date", async () => {
    const keep = await makePublishedListing(t.db);
    const duplicate = await makePublishedListing(t.db, { verifiedAt: null });
    await expectInStep([CHOIRS]);
    const merged = await mergeListing(
      { duplicateId: duplicate.id, duplicateVersion: duplicate.version, targetId: keep.id },
      moderator,
      t.db,
    );
    expect(merged.ok).toBe(true);
    await t.db.service.update({ where: { id: keep.id }, data: { verifiedAt: null } });
    await expectInStep([CHOIRS]);
    await t.db.service.update({ where: { id: keep.id }, data: { createdAt: new Date("2025-11-30T23:30:00Z"), source: "osm" } });
    await expectInStep([CHOIRS]);
  });

  it("follow an approved import", async () => {
    const { record } = await makeImportRecord(t.db);
    expect((await approveImport({ importRecordId: record.id, lockVersion: record.lockVersion }, moderator, t.db)).ok).toBe(true);
    await expectInStep([CHOIRS]);
  });
});
