import type { Feed } from "@/server/oruk-import/read-feed";

// Hand-made Open Referral UK 3.0 service records, as a council directory's /services/{id} would give them, for
// importer tests. `point` null leaves the coordinates out; the postcode is a real Leeds one (LS1 1AA).

type Options = { name?: string; description?: string; point?: { lat: number; lng: number } | null; postcode?: string | null };

// Each id gets its own point, 300 m north of the last one, so tests' similar names are not duplicates of
// each other (same name within 200 m is).
const spots = new Map<string, number>();
const spotOf = (id: string) => spots.get(id) ?? spots.set(id, spots.size).get(id)!;

export function orukService(id: string, o: Options = {}): Record<string, unknown> {
  const point = o.point === undefined ? { lat: 53.79617 + spotOf(id) * 0.0027, lng: -1.55254 } : o.point;
  return {
    id,
    name: o.name ?? `Community choir ${id}`,
    description: o.description ?? "<p>A friendly choir. <b>No auditions.</b></p>",
    url: null,
    organization: { id: `org-${id}`, name: `Choir trust ${id}`, description: "", website: null },
    service_at_locations: [
      {
        id: `sal-${id}`,
        location: {
          id: `loc-${id}`,
          name: "Civic Hall",
          ...(point ? { latitude: point.lat, longitude: point.lng } : {}),
          addresses: [
            {
              address_1: "Calverley Street",
              city: "Leeds",
              postal_code: o.postcode === undefined ? "LS1 1AA" : o.postcode,
              address_type: "physical",
            },
          ],
        },
      },
    ],
    schedules: [{ id: `sch-${id}`, freq: "WEEKLY", interval: 1, byday: "TU", opens_at: "19:00", closes_at: "21:00" }],
    cost_options: [{ id: `cost-${id}`, option: "Free", amount: 0 }],
  };
}

export function feedOf(key: string, records: unknown[], problems: Feed["problems"] = []): Feed {
  return { key, label: key, records, problems };
}
