import "server-only";
import type { DbOrTx } from "@/server/db/client";
import { prisma } from "@/server/db/client";

/** Names at least this similar (pg_trgm similarity, 0–1) within DUPLICATE_RADIUS_METRES are suggested. */
export const NAME_SIMILARITY = 0.45;
export const DUPLICATE_RADIUS_METRES = 200;

export type DuplicateCandidate = {
  id: string;
  name: string;
  listingStatus: string;
  reasons: string[];
  distanceMetres: number | null;
};

export type DuplicateProbe = {
  /** The listing being checked (never suggested as its own duplicate). */
  serviceId: string;
  name: string;
  points: Array<{ lat: number; lng: number }>;
  url?: string | null | undefined;
  charityNumber?: string | null | undefined;
};

/** "https://www.Example.org/choir/" → "example.org/choir": how two listings' websites are compared. */
export function normaliseWebsite(url: string | null | undefined): string | null {
  if (!url) return null;
  const s = url
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, "")
    .replace(/^www\./, "")
    .replace(/[?#].*$/, "")
    .replace(/\/+$/, "");
  return s || null;
}

const normaliseCharity = (n: string | null | undefined) => (n ? n.replace(/\s+/g, "").toUpperCase() || null : null);

/**
 * Listings that may be the same thing as the probe: a same or very similar name (trigram similarity) at a
 * venue within 200 m (earthdistance over the location GiST index), the same charity number, or the same
 * website. Live and pending listings only; pairs a moderator dismissed are left out.
 */
export async function suggestDuplicates(probe: DuplicateProbe, db: DbOrTx = prisma): Promise<DuplicateCandidate[]> {
  const lats = probe.points.map((p) => p.lat);
  const lngs = probe.points.map((p) => p.lng);
  const website = normaliseWebsite(probe.url);
  const charity = normaliseCharity(probe.charityNumber);
  const rows = await db.$queryRaw<Array<{ id: string; name: string; listing_status: string; reason: string; distance: number | null }>>`
    WITH pts AS (SELECT * FROM unnest(${lats}::float8[], ${lngs}::float8[]) AS p(lat, lng)),
    near AS (
      SELECT s.id, min(earth_distance(ll_to_earth(pts.lat, pts.lng), ll_to_earth(l.lat, l.lng))) AS distance
        FROM pts
        JOIN location l ON earth_box(ll_to_earth(pts.lat, pts.lng), ${DUPLICATE_RADIUS_METRES}) @> ll_to_earth(l.lat, l.lng)
                       AND earth_distance(ll_to_earth(pts.lat, pts.lng), ll_to_earth(l.lat, l.lng)) <= ${DUPLICATE_RADIUS_METRES}
        JOIN service_at_location sal ON sal.location_id = l.id
        JOIN service s ON s.id = sal.service_id
       WHERE similarity(lower(s.name), lower(${probe.name})) >= ${NAME_SIMILARITY}
       GROUP BY s.id
    ),
    hits AS (
      SELECT id, 'name' AS reason, distance FROM near
      UNION ALL
      SELECT s.id, 'charity', NULL FROM service s JOIN organisation o ON o.id = s.organisation_id
       WHERE ${charity}::text IS NOT NULL AND upper(regexp_replace(o.charity_number, '\\s+', '', 'g')) = ${charity}
      UNION ALL
      SELECT s.id, 'website', NULL FROM service s
       WHERE ${website}::text IS NOT NULL AND s.url IS NOT NULL
         AND regexp_replace(regexp_replace(regexp_replace(lower(trim(s.url)), '^https?://(www\\.)?', ''), '[?#].*$', ''), '/+$', '') = ${website}
    )
    SELECT s.id, s.name, s.listing_status::text, h.reason, h.distance
      FROM hits h JOIN service s ON s.id = h.id
     WHERE s.id <> ${probe.serviceId}::uuid
       AND s.listing_status IN ('published', 'pending')
       AND NOT EXISTS (SELECT 1 FROM duplicate_dismissal d
                        WHERE d.service_id = LEAST(s.id, ${probe.serviceId}::uuid) AND d.other_service_id = GREATEST(s.id, ${probe.serviceId}::uuid))
     ORDER BY h.distance NULLS LAST, s.name`;
  const byId = new Map<string, DuplicateCandidate>();
  for (const r of rows) {
    const c = byId.get(r.id) ?? { id: r.id, name: r.name, listingStatus: r.listing_status, reasons: [], distanceMetres: null };
    c.reasons.push(REASONS[r.reason] ?? r.reason);
    if (r.distance !== null) c.distanceMetres = Math.round(Number(r.distance));
    byId.set(r.id, c);
  }
  return [...byId.values()].slice(0, 10);
}

const REASONS: Record<string, string> = {
  name: `Similar name within ${DUPLICATE_RADIUS_METRES} m`,
  charity: "Same charity number",
  website: "Same website",
};
