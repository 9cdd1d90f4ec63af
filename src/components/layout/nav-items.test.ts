import { describe, expect, it } from "vitest";
import { isActivePath, visibleNavItems } from "./nav-items";

describe("isActivePath", () => {
  it("matches the section itself and pages beneath it", () => {
    expect(isActivePath("/search", "/search")).toBe(true);
    expect(isActivePath("/search/", "/search")).toBe(true);
    expect(isActivePath("/search/services/abc", "/search")).toBe(true);
  });

  it("does not match siblings that merely share a prefix", () => {
    expect(isActivePath("/searching", "/search")).toBe(false);
    expect(isActivePath("/providers", "/provider")).toBe(false);
  });

  it("is false for the home page and a missing path", () => {
    expect(isActivePath("/", "/search")).toBe(false);
    expect(isActivePath(null, "/search")).toBe(false);
  });
});

describe("visibleNavItems", () => {
  it("shows Moderate only to those who may moderate", () => {
    expect(visibleNavItems(false).map((i) => i.label)).toEqual(["Search", "Insights", "For providers"]);
    expect(visibleNavItems(true).map((i) => i.label)).toEqual(["Search", "Insights", "For providers", "Moderate"]);
  });
});
