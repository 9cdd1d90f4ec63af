import { describe, expect, it } from "vitest";
import { listingSource } from "./listing-source";

describe("listingSource", () => {
  it("credits OpenStreetMap with its licence and links to the original object", () => {
    expect(listingSource("osm", "node/5998749306", "ODbL-1.0")).toEqual({
      name: "OpenStreetMap",
      licence: "Open Database Licence (ODbL) 1.0, © OpenStreetMap contributors",
      link: "https://www.openstreetmap.org/node/5998749306",
    });
  });

  it("says so honestly when a licence is not stated, and has nothing for provider listings", () => {
    expect(listingSource("libraries-hacked", "bradford/x", null)?.licence).toBe("Licence not stated");
    expect(listingSource("osm", "javascript:alert(1)", "ODbL-1.0")?.link).toBeNull();
    expect(listingSource("provider", null, null)).toBeNull();
  });
});
