// The fields of one Open Referral service as the importer keeps it (src/lib/validation/oruk-import.ts fills in
// the rest). No imports, so the e2e fixtures (run by Playwright's loader) can use it too.

export const SAMPLE_IMPORTED_SERVICE_FIELDS = {
  sourceId: "svc-1",
  name: "Calder Valley Singers",
  description: "A community choir for all voices.",
  url: "https://calder-singers.example.org",
  email: "hello@calder-singers.example.org",
  isFree: true,
  categories: ["singing-and-choirs"],
  attendingTypes: ["in_person"],
  accessTypes: ["drop_in"],
  phones: ["01422 000000"],
  locations: [
    {
      sourceId: "loc-1",
      name: "Square Chapel",
      address1: "10 Square Road",
      city: "Halifax",
      postcode: "HX1 1QG",
      lat: 53.7205,
      lng: -1.8566,
      pointFrom: "feed",
      accessibility: ["step-free-access"],
    },
  ],
  schedules: [{ locationIndex: 0, freq: "WEEKLY", interval: 1, byDay: "TU", opensAt: 19 * 60, closesAt: 21 * 60 }],
  originalTerms: [{ taxonomy: "esd", code: "choirs", name: "Choirs" }],
  lastModified: "2026-11-20T09:00:00Z",
};
