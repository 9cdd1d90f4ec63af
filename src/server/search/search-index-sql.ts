import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { expandSearchWord } from "@/lib/search/search-synonyms";
import { distanceFrom, type ResolvedSearch } from "./search-filters-sql";

// The filters as conditions on one row `e` of the search index (search_entry, ADR 0018): every column a filter
// needs is on the row, and each condition is answered by an index (GiST on the point, GIN on the arrays and the
// words, btree on place and ward). Everything but the area is the service's, the same on each of its rows.

/** The degree box is widened by this much before the exact distance decides (see boxFor). */
const BOX_SLACK_M = 1000;

/** Metres from the origin to the row's public point (the haversine distance of search-filters-sql.ts). */
export function indexDistance(r: ResolvedSearch): Prisma.Sql {
  return distanceFrom(r, Prisma.sql`e.lat`, Prisma.sql`e.lng`);
}

/** A box around the circle in degrees (what the GiST index on `pt` answers), widened so that it holds it all. */
function boxFor(origin: { lat: number; lng: number }, radiusM: number): Prisma.Sql {
  const dLat = (radiusM + BOX_SLACK_M) / 111_000;
  const dLng = dLat / Math.cos((Math.min(89, Math.abs(origin.lat) + dLat) * Math.PI) / 180);
  return Prisma.sql`box(point(${origin.lng - dLng}::float8, ${origin.lat - dLat}::float8), point(${origin.lng + dLng}::float8, ${origin.lat + dLat}::float8))`;
}

/** The area: radius, map area, place, ward, on the row's public point; empty without one. */
export function areaConditions(r: ResolvedSearch): Prisma.Sql[] {
  const out: Prisma.Sql[] = [Prisma.sql`e.pt IS NOT NULL`];
  if (r.bbox) {
    const b = r.bbox;
    out.push(Prisma.sql`e.pt <@ box(point(${b.west}::float8, ${b.south}::float8), point(${b.east}::float8, ${b.north}::float8))`);
  } else if (r.origin && r.radiusM !== null) {
    out.push(Prisma.sql`e.pt <@ ${boxFor(r.origin, r.radiusM)}`);
    out.push(Prisma.sql`${indexDistance(r)} <= ${r.radiusM}::float8`);
  }
  if (r.placeCode) out.push(Prisma.sql`e.place_code = ${r.placeCode}`);
  if (r.wardCode) out.push(Prisma.sql`e.ward_code = ${r.wardCode}`);
  return out;
}

export function termIdArray(taxonomy: string, codes: string[]): Prisma.Sql {
  return Prisma.sql`ARRAY(SELECT t.id FROM taxonomy_term t JOIN taxonomy x ON x.id = t.taxonomy_id WHERE x.slug = ${taxonomy} AND t.code = ANY(${codes}::text[]))`;
}

/** Phrases' queries or'd: `(a) | (b)`, without the ones that are only stop words; never matches when none is left. */
function orQuery(r: ResolvedSearch, phrases: string[]): Prisma.Sql {
  const parts = phrases.map((p) => r.wordQueries[p] ?? "").filter((q) => q !== "");
  return Prisma.sql`${parts.length ? parts.map((q) => `(${q})`).join(" | ") : "''"}::tsquery`;
}

/** One search word or'd with the moderators' synonyms for it ("lonely" | "loneliness" | "isolation" …). */
function wordQuery(r: ResolvedSearch, word: string): Prisma.Sql {
  return orQuery(r, expandSearchWord(word));
}

/**
 * Conditions on the service of row `e` (not the area, not the fact filters). A word matches the service's text
 * or the name of a term it or one of its venues carries ("choir" finds "Singing and choirs"): `e.words`.
 */
export function entryConditions(r: ResolvedSearch): Prisma.Sql[] {
  const out: Prisma.Sql[] = [];
  if (r.matchAll) for (const w of r.words) out.push(Prisma.sql`e.words @@ ${wordQuery(r, w)}`);
  if (r.categories.length) out.push(Prisma.sql`e.category_ids && ${termIdArray("category", r.categories)}`);
  if (r.audiences.length) out.push(Prisma.sql`e.audience_ids && ${termIdArray("audience", r.audiences)}`);
  if (r.needs.length) out.push(Prisma.sql`e.need_ids && ${termIdArray("need", r.needs)}`);
  if (r.age !== null) out.push(Prisma.sql`coalesce(e.minimum_age, 0) <= ${r.age}::int AND coalesce(e.maximum_age, 120) >= ${r.age}::int`);
  if (r.attendance.length) out.push(Prisma.sql`e.attending_types && ${r.attendance}::attending_type[]`);
  if (r.verifiedOnly) out.push(Prisma.sql`e.verified`);
  return out;
}

/**
 * With any of the words: `word_score AS (…),` each matching service scored by the words it has, a rare word
 * counting more than a common one (1 / ln(e + services with it)), so "knitting group" puts the knitting before
 * 400 scout groups. Slot 0 is one row per service.
 */
export function wordScoreCte(r: ResolvedSearch): Prisma.Sql {
  if (r.matchAll || !r.words.length) return Prisma.empty;
  const hits = Prisma.join(
    r.words.map(
      (w, i) => Prisma.sql`SELECT e.service_id, ${i}::int FROM search_entry e WHERE e.slot = 0 AND e.words @@ ${wordQuery(r, w)}`,
    ),
    " UNION ALL ",
  );
  return Prisma.sql`word_hits(id, i) AS (${hits}),
    word_score(id, score) AS (SELECT h.id, sum(1 / ln(exp(1) + d.n))::float8 FROM word_hits h
      JOIN (SELECT i, count(*) AS n FROM word_hits GROUP BY i) d ON d.i = h.i GROUP BY h.id),`;
}

/** Relevance: full-text rank of the service's own text (name counts more than description), or the word score `ws`. */
export function indexRank(r: ResolvedSearch): Prisma.Sql {
  if (r.words.length === 0) return Prisma.sql`0::float4`;
  if (!r.matchAll) return Prisma.sql`ws.score`;
  const typed = Prisma.sql`ts_rank(e.rank_vector, ${orQuery(r, r.words)})`;
  if (r.words.every((w) => expandSearchWord(w).length === 1)) return typed;
  // The words typed count double: "museum" puts museums before the galleries its synonyms also find.
  return Prisma.sql`(2 * ${typed} + ts_rank(e.rank_vector, ${orQuery(r, r.words.flatMap(expandSearchWord))}))`;
}
