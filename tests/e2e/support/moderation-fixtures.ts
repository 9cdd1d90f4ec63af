import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { uniqueEmail, withE2eDatabase } from "./accounts";
import { SAMPLE_IMPORTED_SERVICE_FIELDS } from "../../support/imported-service-fields";

// Arranging moderation states in the e2e database, for what the browser cannot create in this part of the
// app (provider forms are a separate feature): a provider with an organisation, pending listings, owners.

export function listingJson(name: string, over: Record<string, unknown> = {}) {
  return {
    name,
    description: "A friendly community choir for anyone who likes to sing. No auditions, tea at half time.",
    categories: ["singing-and-choirs"],
    minimumAge: null,
    maximumAge: null,
    audiences: [],
    needs: [],
    attendingTypes: ["in_person"],
    locations: [
      {
        name: "Square Chapel",
        address1: "10 Square Road",
        city: "Halifax",
        postcode: "HX1 1QG",
        hideExactAddress: false,
        accessibility: ["step-free-access"],
      },
    ],
    sessions: [{ kind: "weekly", byDay: "TU", opensAt: "19:00", closesAt: "21:00" }],
    isFree: true,
    accessTypes: ["drop_in"],
    ...over,
  };
}

/** A provider (user + organisation + membership). */
export async function arrangeProvider(prefix = "provider") {
  const email = uniqueEmail(prefix);
  const userId = `e2e_${randomUUID()}`;
  const organisationId = randomUUID();
  await withE2eDatabase(async (c) => {
    await c.query(`INSERT INTO "user" (id, email, role, created_at, updated_at) VALUES ($1, $2, 'provider', now(), now())`, [
      userId,
      email,
    ]);
    await c.query(`INSERT INTO organisation (id, name, source, created_at, updated_at) VALUES ($1, $2, 'provider', now(), now())`, [
      organisationId,
      `Org of ${email}`,
    ]);
    await c.query(`INSERT INTO membership (id, user_id, organisation_id, role) VALUES ($1, $2, $3, 'owner')`, [
      randomUUID(),
      userId,
      organisationId,
    ]);
  });
  return { email, userId, organisationId };
}

/** A provider's new listing waiting for review, submitted `daysAgo` days ago. */
export async function arrangePendingNewListing(name: string, daysAgo = 30) {
  const provider = await arrangeProvider();
  const serviceId = randomUUID();
  const revisionId = randomUUID();
  await withE2eDatabase(async (c) => {
    await c.query(
      `INSERT INTO service (id, name, listing_status, organisation_id, created_at, updated_at) VALUES ($1, $2, 'pending', $3, now(), now())`,
      [serviceId, name, provider.organisationId],
    );
    await c.query(
      `INSERT INTO revision (id, service_id, organisation_id, created_by_id, status, base_version, data, submitted_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4, 'pending', 1, $5, now() - make_interval(days => $6), now(), now())`,
      [revisionId, serviceId, provider.organisationId, provider.userId, JSON.stringify(listingJson(name)), daysAgo],
    );
  });
  return { ...provider, serviceId, revisionId };
}

/**
 * A provider's edit of their live listing (as the provider's form would save it: started from the live values,
 * map pin included), against the live version.
 */
export async function arrangePendingEdit(o: {
  serviceId: string;
  organisationId: string;
  userId: string;
  listing: Record<string, unknown>;
}) {
  const revisionId = randomUUID();
  await withE2eDatabase(async (c) => {
    const { rows } = await c.query<{ lat: number; lng: number; version: number }>(
      `SELECT l.lat, l.lng, s.version FROM service s JOIN service_at_location sal ON sal.service_id = s.id JOIN location l ON l.id = sal.location_id WHERE s.id = $1`,
      [o.serviceId],
    );
    const locations = (o.listing.locations as Array<Record<string, unknown>>).map((l) => ({ ...l, lat: rows[0]!.lat, lng: rows[0]!.lng }));
    await c.query(
      `INSERT INTO revision (id, service_id, organisation_id, created_by_id, status, base_version, data, submitted_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4, 'pending', $5, $6, now(), now(), now())`,
      [revisionId, o.serviceId, o.organisationId, o.userId, rows[0]!.version, JSON.stringify({ ...o.listing, locations })],
    );
  });
  return revisionId;
}

/** A published imported listing, handed to a fresh provider organisation so someone receives its emails. */
export async function arrangeOwnedPublishedListing(options: { verifiedMonthsAgo?: number; place?: string } = {}) {
  const provider = await arrangeProvider("owner");
  return withE2eDatabase(async (c) => {
    const { rows } = await c.query<{ id: string; name: string }>(
      `UPDATE service SET organisation_id = $1, verified_at = CASE WHEN $2::int IS NULL THEN verified_at ELSE now() - make_interval(months => $2::int) END
        WHERE id = (SELECT s.id FROM service s
                     WHERE s.listing_status = 'published' AND s.organisation_id IS NULL AND s.source <> 'provider'
                       AND s.stale_since IS NULL
                       AND EXISTS (SELECT 1 FROM service_at_location sal JOIN location l ON l.id = sal.location_id
                                    WHERE sal.service_id = s.id AND l.place_code = $3)
                     ORDER BY random() LIMIT 1 FOR UPDATE SKIP LOCKED)
       RETURNING id, name`,
      [provider.organisationId, options.verifiedMonthsAgo ?? null, options.place ?? "E08000034"],
    );
    return { ...provider, serviceId: rows[0]!.id, name: rows[0]!.name };
  });
}

/** A provider's claim on an imported listing nobody manages yet. */
export async function arrangeClaim(message: string) {
  const provider = await arrangeProvider("claimant");
  const claimId = randomUUID();
  const service = await withE2eDatabase(async (c) => {
    const { rows } = await c.query<{ id: string; name: string }>(
      `SELECT id, name FROM service WHERE listing_status = 'published' AND organisation_id IS NULL AND source <> 'provider'
        AND NOT EXISTS (SELECT 1 FROM claim_request cr WHERE cr.service_id = service.id) ORDER BY random() LIMIT 1`,
    );
    await c.query(
      `INSERT INTO claim_request (id, service_id, organisation_id, user_id, message, created_at) VALUES ($1, $2, $3, $4, $5, now())`,
      [claimId, rows[0]!.id, provider.organisationId, provider.userId, message],
    );
    return rows[0]!;
  });
  return { ...provider, claimId, serviceId: service.id, name: service.name };
}

export const dbRow = <T extends Record<string, unknown>>(sql: string, params: unknown[] = []) =>
  withE2eDatabase(async (c) => (await c.query<T>(sql, params)).rows[0]);

/** Runs `npm run jobs:freshness` against the e2e database and mail server, as cron would. */
/** The most wanted listing of the verify queue in a place: an unverified imported listing shown in searches more than any other. */
export async function arrangeWantedUnverifiedListing(place: string) {
  return withE2eDatabase(async (c) => {
    const { rows } = await c.query<{ id: string; name: string }>(
      `SELECT s.id, s.name FROM service s
        WHERE s.listing_status = 'published' AND s.organisation_id IS NULL AND s.source <> 'provider'
          AND s.verified_at IS NULL AND s.stale_since IS NULL
          AND EXISTS (SELECT 1 FROM service_at_location sal JOIN location l ON l.id = sal.location_id
                       WHERE sal.service_id = s.id AND l.place_code = $1)
        ORDER BY random() LIMIT 1`,
      [place],
    );
    const { rows: top } = await c.query<{ n: number }>(
      "SELECT COALESCE(max(search_appearances), 0)::int AS n FROM listing_demand_day WHERE day > current_date - 28",
    );
    await c.query(
      `INSERT INTO listing_demand_day (service_id, day, search_appearances, shortlist_adds) VALUES ($1, current_date, $2, 0)
       ON CONFLICT (service_id, day) DO UPDATE SET search_appearances = EXCLUDED.search_appearances`,
      [rows[0]!.id, top[0]!.n + 1000],
    );
    return rows[0]!;
  });
}

/** One run of `npm run jobs:freshness` against the e2e database; the options name another app's mail server and address. */
export function runFreshnessJob(options: { smtpPort?: number; appUrl?: string } = {}): Promise<string> {
  const port = process.env.E2E_PORT ?? "3100";
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["node_modules/.bin/tsx", "--conditions=react-server", "scripts/jobs-freshness.ts"], {
      env: {
        ...process.env,
        DATABASE_URL: process.env.E2E_DATABASE_URL,
        SMTP_URL: `smtp://127.0.0.1:${options.smtpPort ?? process.env.E2E_SMTP_PORT ?? 2526}`,
        AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-only-secret-not-for-production-use",
        APP_URL: options.appUrl ?? `http://localhost:${port}`,
        NODE_ENV: "production",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (out += d.toString()));
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`jobs:freshness exited ${code}: ${out}`))));
  });
}

/**
 * A change a feed made to a live imported listing, waiting for a moderator: the listing shows what was
 * applied before; the import record holds that and the pending value.
 */
export async function arrangePendingImportChange(appliedName: string, pendingName: string, daysAgo = 3) {
  const feed = `directory-${randomUUID().slice(0, 8)}.example.org/api/v1`;
  const sourceId = `svc-${randomUUID().slice(0, 8)}`;
  const serviceId = randomUUID();
  const importRecordId = randomUUID();
  const applied = { ...SAMPLE_IMPORTED_SERVICE_FIELDS, name: appliedName, sourceId };
  const pending = { ...SAMPLE_IMPORTED_SERVICE_FIELDS, name: pendingName, sourceId, phones: ["01422 222222"] };
  await withE2eDatabase(async (c) => {
    await c.query(
      `INSERT INTO service (id, name, listing_status, source, source_id, licence, created_at, updated_at)
       VALUES ($1, $2, 'published', $3, $4, 'OGL-UK-3.0', now(), now())`,
      [serviceId, appliedName, `oruk:${feed}`, sourceId],
    );
    await c.query(
      `INSERT INTO import_record (id, feed, source_id, service_id, applied, applied_hash, pending, pending_hash, raw, fetched_at, queued_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, 'applied-hash', $6, 'pending-hash', $7, now(), now() - make_interval(days => $8), now())`,
      [
        importRecordId,
        feed,
        sourceId,
        serviceId,
        JSON.stringify(applied),
        JSON.stringify(pending),
        JSON.stringify({ id: sourceId }),
        daysAgo,
      ],
    );
  });
  return { feed, sourceId, serviceId, importRecordId };
}
