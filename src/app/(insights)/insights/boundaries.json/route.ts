import { readBoundaries } from "@/server/insights/read-boundaries";

// GET /insights/boundaries.json — ward and place outlines for the coverage map (about 60 kB before
// compression). They only change with the reference data, so browsers and proxies may keep them for a day;
// the figures themselves come with the page.
export async function GET() {
  const boundaries = await readBoundaries();
  return Response.json(boundaries, { headers: { "Cache-Control": "public, max-age=86400" } });
}
