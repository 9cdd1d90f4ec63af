import { describe, expect, it } from "vitest";
import type { SearchResult } from "@/server/search/search-services";
import { resultView } from "./result-view";

const now = new Date("2026-12-02T10:00:00Z");

const result = (over: Partial<SearchResult> = {}): SearchResult => ({
  id: "b86a86a4-0831-4bb5-b015-652d63af0085",
  position: 3,
  name: "Leeds Central Library",
  description: "",
  distanceM: 700,
  lat: 53.8,
  lng: -1.55,
  verifiedAt: null,
  staleSince: null,
  status: "active",
  isFree: true,
  fees: null,
  attendingTypes: ["in_person"],
  accessTypes: [],
  minimumAge: null,
  maximumAge: null,
  wardName: "Little London & Woodhouse",
  placeName: "Leeds",
  venueCount: 1,
  categories: [],
  accessibility: [],
  sessions: [],
  unstated: [],
  statedFacts: [],
  contact: { phone: "+44 113 378 5005", email: "library@example.org", website: "https://example.org", provenance: null },
  ...over,
});

describe("resultView", () => {
  it("puts a result into the words the list shows", () => {
    const view = resultView(result(), now, []);
    expect(view.line).toBe("Activity · Little London & Woodhouse, Leeds");
    expect(view.facts.map((f) => [f.term, f.text])).toEqual([
      ["Distance", "700 m"],
      ["When", "Days and times not listed"],
      ["Cost", "Free"],
    ]);
    // A phone and an email: the website is left for the listing page.
    expect(view.contact).toMatchObject({ phone: ["tel:+441133785005", "+44 113 378 5005"], email: "library@example.org" });
    expect(view.contact?.website).toBeUndefined();
    expect(view.tags).toEqual([["orange", "Not yet verified"]]);
  });

  it("says a filtered fact is not stated, and only for the search's own fact filters", () => {
    const unstated = result({ unstated: ["schedule", "cost"] });
    const view = resultView(unstated, now, ["schedule"]);
    expect(view.facts.find((f) => f.term === "When")).toEqual({ term: "When", text: "Not stated — ask them", unstated: true });
    expect(view.facts.find((f) => f.term === "Cost")?.unstated).toBeUndefined();
  });

  it("shows the website only when there is no phone or email, and nothing when there is no contact", () => {
    const web = resultView(result({ contact: { phone: null, email: null, website: "https://example.org/a", provenance: null } }), now, []);
    expect(web.contact?.website?.[0]).toBe("https://example.org/a");
    expect(resultView(result({ contact: { phone: null, email: null, website: null, provenance: null } }), now, []).contact).toBeNull();
  });
});
