import { randomUUID } from "node:crypto";
import type pg from "pg";
import { accessibilityFeatures, audiences, categories } from "@/lib/vocabulary";
import { copyRows, type Rows } from "./copy-rows";
import { pick, type Random } from "./random";

// Synthetic listings for every benchmark (search and insights), spread over real West Yorkshire postcodes (so
// density follows where people live), with names, descriptions, categories, sessions, ages, costs and
// accessibility in proportions like a mature directory's: many with weekly sessions, some verified, a few
// stale or at home, created over the last two years. Deterministic for a given `random` (ids aside).

export type SyntheticListings = {
  count: number;
  /** Share left waiting for review rather than published (the search benchmark measures published ones only). */
  pendingShare: number;
  /**
   * "uniform": every category as likely. "skewed": common and rare ones as in real data, the first in the
   * vocabulary ≈ 35% and the last ≈ 1.4% (the insights benchmark times a common, a middling and a rare one).
   */
  categories: "uniform" | "skewed";
};

const NOUNS: Record<string, string[]> = {
  "visual-arts": ["Art Group", "Painting Club", "Watercolour Circle", "Sketching Group"],
  "crafts-and-making": ["Knit and Natter", "Craft Club", "Pottery Studio", "Sewing Circle"],
  "singing-and-choirs": ["Community Choir", "Singers", "Singing for the Brain", "Glee Club"],
  "music-making": ["Ukulele Group", "Samba Band", "Folk Session", "Drumming Circle"],
  "dance-and-movement": ["Tea Dance", "Seated Dance", "Line Dancing", "Movement Class"],
  "theatre-and-performance": ["Drama Group", "Community Theatre", "Improv Club"],
  "walking-groups": ["Health Walk", "Walking Group", "Ramblers", "Buggy Walk"],
  "gardening-and-food-growing": ["Community Garden", "Allotment Society", "Growing Club"],
  "reading-groups-and-library-activities": ["Reading Group", "Book Club", "Library Chat Café"],
  "cooking-food-and-lunch-clubs": ["Lunch Club", "Cookery Class", "Community Kitchen"],
  "mens-sheds-and-maker-spaces": ["Men's Shed", "Maker Space", "Repair Café"],
};
const ADJECTIVES = ["friendly", "relaxed", "welcoming", "small", "lively", "beginners'"];
const WHO = ["everyone", "older people", "carers", "adults of all abilities", "people living with dementia", "new parents"];

type Postcode = { pcd: string; lat: number; lng: number; place_code: string; ward_code: string; lsoa_code: string; ward_name: string };

function table(columns: string[]): Rows {
  return Object.fromEntries(columns.map((c) => [c, []]));
}

/** Appends one row; its values in the table's column order. */
function add(rows: Rows, ...values: unknown[]) {
  Object.values(rows).forEach((column, i) => column.push(values[i]));
}

/**
 * COPYs the services (with venues, sessions, categories…) in batches, then their facts. Triggers fire as usual
 * unless the caller turned them off (loadSyntheticListings in bench-database.ts does, then rebuilds).
 */
export async function addSyntheticListings(
  client: pg.Client,
  mix: SyntheticListings,
  random: Random,
  log: (line: string) => void,
): Promise<void> {
  const count = Math.max(0, mix.count);
  const postcodes = (
    await client.query<Postcode>(`SELECT p.pcd, p.lat, p.lng, p.place_code, l.ward_code, p.lsoa_code, w.name AS ward_name
       FROM postcode p JOIN lsoa l ON l.code = p.lsoa_code JOIN ward w ON w.code = l.ward_code`)
  ).rows;
  const terms = new Map(
    (
      await client.query<{ id: string; slug: string; code: string }>(
        `SELECT t.id, x.slug, t.code FROM taxonomy_term t JOIN taxonomy x ON x.id = t.taxonomy_id`,
      )
    ).rows.map((r) => [`${r.slug}:${r.code}`, r.id]),
  );
  const categoryCodes = categories.map((c) => c.code);
  const pickCategory = () =>
    mix.categories === "skewed" ? categoryCodes[Math.floor(categoryCodes.length * random() ** 3)]! : pick(random, categoryCodes);
  const batch = 25_000;
  for (let done = 0; done < count; done += batch) {
    const n = Math.min(batch, count - done);
    const s = table([
      "id",
      "name",
      "description",
      "is_free",
      "fees",
      "minimum_age",
      "maximum_age",
      "attending_types",
      "access_types",
      "verified_at",
      "stale_since",
      "listing_status",
      "created_at",
      "source_id",
    ]);
    const l = table([
      "id",
      "name",
      "address_1",
      "city",
      "postcode",
      "lat",
      "lng",
      "hide_exact_address",
      "place_code",
      "ward_code",
      "lsoa_code",
    ]);
    const sal = table(["id", "service_id", "location_id"]);
    const attr = table(["id", "taxonomy_term_id", "service_id", "location_id"]);
    const sc = table(["id", "service_id", "service_at_location_id", "freq", "interval", "by_day", "dtstart", "opens_at", "closes_at"]);
    for (let i = 0; i < n; i++) {
      const id = randomUUID();
      const pc = pick(random, postcodes);
      const category = pickCategory();
      const noun = pick(random, NOUNS[category] ?? ["Group", "Club", "Meet-up"]);
      const name = `${pc.ward_name.split(/[ ,&]/)[0]} ${noun}`;
      const remoteOnly = random() < 0.02;
      const attending = remoteOnly ? "{online}" : random() < 0.08 ? "{in_person,online}" : "{in_person}";
      s.id!.push(id);
      s.name!.push(name);
      s.description!.push(
        `A ${pick(random, ADJECTIVES)} ${noun.toLowerCase()} for ${pick(random, WHO)} in ${pc.ward_name}. Tea and a chat afterwards.`,
      );
      const free = random() < 0.4;
      s.is_free!.push(free);
      s.fees!.push(free ? null : "£3 a session, concessions available");
      const age = random();
      s.minimum_age!.push(age < 0.15 ? 18 : age < 0.25 ? 55 : null);
      s.maximum_age!.push(age > 0.95 ? 16 : null);
      s.attending_types!.push(attending);
      s.access_types!.push(pick(random, ["{drop_in}", "{booking}", "{referral}", "{drop_in,booking}"]));
      s.verified_at!.push(random() < 0.3 ? new Date(Date.now() - random() * 300 * 86_400_000) : null);
      s.stale_since!.push(random() < 0.05 ? new Date() : null);
      s.listing_status!.push(random() < mix.pendingShare ? "pending" : "published");
      s.created_at!.push(new Date(Date.now() - random() * 720 * 86_400_000));
      s.source_id!.push(`synthetic-${done + i}`);
      for (const code of new Set(random() < 0.3 ? [category, pickCategory()] : [category])) {
        add(attr, randomUUID(), terms.get(`category:${code}`), id, null);
      }
      if (random() < 0.2) add(attr, randomUUID(), terms.get(`audience:${pick(random, audiences).code}`), id, null);
      let salId: string | null = null;
      if (!remoteOnly) {
        const locationId = randomUUID();
        salId = randomUUID();
        const jitter = [(random() - 0.5) * 0.001, (random() - 0.5) * 0.0015];
        add(
          l,
          locationId,
          `${pc.ward_name} Community Hall`,
          `${1 + Math.floor(random() * 200)} High Street`,
          pc.ward_name,
          pc.pcd,
          pc.lat + jitter[0]!,
          pc.lng + jitter[1]!,
          random() < 0.03,
          pc.place_code,
          pc.ward_code,
          pc.lsoa_code,
        );
        add(sal, salId, id, locationId);
        if (random() < 0.5) {
          for (const feature of new Set([pick(random, accessibilityFeatures).code, pick(random, accessibilityFeatures).code])) {
            add(attr, randomUUID(), terms.get(`accessibility:${feature}`), null, locationId);
          }
        }
      }
      const sessions = random() < 0.6 ? 1 + Math.floor(random() * 2) : 0;
      for (let k = 0; k < sessions; k++) {
        const opens = pick(random, [600, 630, 810, 840, 1110, 1140]);
        add(sc, randomUUID(), id, salId, "WEEKLY", 1, pick(random, ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]), null, opens, opens + 120);
      }
      if (random() < 0.05) {
        add(
          sc,
          randomUUID(),
          id,
          salId,
          null,
          null,
          null,
          new Date(Date.now() + random() * 60 * 86_400_000).toISOString().slice(0, 10),
          600,
          960,
        );
      }
    }
    await copyBatch(client, s, l, sal, attr, sc);
    log(`synthesised ${(done + n).toLocaleString("en-GB")} / ${count.toLocaleString("en-GB")} listings`);
  }
  await addSyntheticFacts(client);
}

/**
 * Provenance (ADR 0009) as in a directory part imported, part checked: sessions and venue accessibility are
 * stated where there are some; cost and way of joining for about 60% (a hash of the listing's source id keeps
 * it deterministic). Confirmed on verified listings, imported from open data on the others.
 */
async function addSyntheticFacts(client: pg.Client) {
  // Joins to the sets of listings with sessions and with venue accessibility, not a subquery per row: at a
  // million listings a plan made before the tables' statistics exist could otherwise take hours.
  await client.query("ANALYZE service, schedule, service_at_location, attribute");
  await client.query(
    `INSERT INTO service_fact (service_id, fact, state, sources, updated_at)
     SELECT s.id, f.fact::fact_kind, CASE WHEN s.verified_at IS NULL THEN 'imported' ELSE 'confirmed' END::fact_state,
            CASE WHEN s.verified_at IS NULL THEN '{osm}'::text[] ELSE '{provider}'::text[] END, now()
       FROM service s
       LEFT JOIN (SELECT DISTINCT service_id FROM schedule) sc ON sc.service_id = s.id
       LEFT JOIN (SELECT DISTINCT x.service_id FROM service_at_location x JOIN attribute a ON a.location_id = x.location_id) ac
              ON ac.service_id = s.id
      CROSS JOIN (VALUES ('schedule'), ('cost'), ('access'), ('accessibility')) f(fact)
      WHERE s.source = 'bench' AND CASE f.fact
        WHEN 'schedule' THEN sc.service_id IS NOT NULL
        WHEN 'accessibility' THEN ac.service_id IS NOT NULL
        ELSE abs(hashtext(s.source_id || f.fact)) % 10 < 6 END
     ON CONFLICT DO NOTHING`,
  );
}

/** COPYs one batch, parents first (the foreign keys are not checked while loading, but keep the order anyway). */
async function copyBatch(client: pg.Client, s: Rows, l: Rows, sal: Rows, attr: Rows, sc: Rows) {
  const now = new Date();
  await copyRows(client, "service", s, { source: "bench", updated_at: now });
  await copyRows(client, "location", l, { source: "bench", updated_at: now });
  await copyRows(client, "service_at_location", sal);
  await copyRows(client, "attribute", attr);
  await copyRows(client, "schedule", sc);
}
