import type pg from "pg";
import { categories, WEEKDAYS } from "@/lib/vocabulary";
import { pick, type Random } from "./random";

// The benchmark's queries, as URL parameters (what /search receives): a link worker's postcode search with
// radius, category and day; the same with day, time of day, free and step-free (facts often not stated); free
// text (with typos); and a map area ("Search this area"), with and without a category.

export type BenchQuery = {
  kind: "postcode+radius+category+day" | "postcode+day+time+free+step-free" | "text" | "map bbox";
  params: Record<string, string>;
};

/** Free text as people type it, typos included. */
export const TEXT_QUERIES = [
  "choir",
  "choire",
  "art group",
  "walking",
  "alotment",
  "allotment",
  "library",
  "pottery",
  "dance",
  "museum",
  "singing for older people",
  "knitting",
  "garden",
  "ukulele",
  "lunch club",
  "mens shed",
];
const COMMON = [
  "visual-arts",
  "singing-and-choirs",
  "walking-groups",
  "crafts-and-making",
  "gardening-and-food-growing",
  "dance-and-movement",
  "music-making",
];

export async function buildQueryMix(client: pg.Client, count: number, random: Random): Promise<BenchQuery[]> {
  const postcodes = (await client.query<{ pcd: string; lat: number; lng: number }>(`SELECT pcd, lat, lng FROM postcode ORDER BY pcd`)).rows;
  const out: BenchQuery[] = [];
  for (let i = 0; i < count; i++) {
    const r = random();
    const pc = pick(random, postcodes);
    if (r < 0.1) {
      out.push({
        kind: "postcode+day+time+free+step-free",
        params: {
          postcode: pc.pcd,
          radius: pick(random, ["2", "5"]),
          day: pick(random, WEEKDAYS).slug,
          time: pick(random, ["morning", "afternoon"]),
          free: "1",
          accessibility: "step-free-access",
        },
      });
    } else if (r < 0.4) {
      out.push({
        kind: "postcode+radius+category+day",
        params: {
          postcode: pc.pcd,
          radius: pick(random, ["1", "2", "5"]),
          category: pick(random, COMMON),
          day: pick(random, WEEKDAYS).slug,
        },
      });
    } else if (r < 0.7) {
      out.push({ kind: "text", params: { q: pick(random, TEXT_QUERIES) } });
    } else {
      const dLat = 0.015 + random() * 0.02;
      const dLng = dLat * 1.7;
      const bbox = [pc.lng - dLng, pc.lat - dLat, pc.lng + dLng, pc.lat + dLat].map((n) => n.toFixed(5)).join(",");
      out.push({ kind: "map bbox", params: random() < 0.5 ? { bbox } : { bbox, category: pick(random, categories).code } });
    }
  }
  return out;
}
