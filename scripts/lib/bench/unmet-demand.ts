import type pg from "pg";

/**
 * Fills search_demand as far as West Yorkshire's geography allows: a count for every one of the last 12 months
 * × ward (and each place without a ward, and no place) × category (and none) × outcome. Real demand is far
 * sparser; this is the most rows the /insights demand tables can ever group. Returns the number of rows.
 */
export async function fillUnmetDemand(client: pg.Client): Promise<number> {
  const result = await client.query(`INSERT INTO search_demand (month, place_code, ward_code, category_code, outcome, count)
    SELECT m, a.place_code, a.ward_code, k.code, o, 1 + abs(hashtext(m::text || a.ward_code || a.place_code || k.code || o)) % 9
    FROM generate_series(date_trunc('month', now())::date - interval '11 months', date_trunc('month', now())::date,
                         interval '1 month') AS m,
         (SELECT place_code, code AS ward_code FROM ward UNION ALL SELECT code, '' FROM place UNION ALL SELECT '', '') AS a,
         (SELECT t.code FROM taxonomy_term t JOIN taxonomy x ON x.id = t.taxonomy_id AND x.slug = 'category'
          UNION ALL SELECT '') AS k,
         unnest(ARRAY['none', 'few']) AS o
    ON CONFLICT DO NOTHING`);
  await client.query("ANALYZE search_demand");
  return result.rowCount ?? 0;
}
