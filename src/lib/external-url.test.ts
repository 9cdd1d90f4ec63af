import { describe, expect, it } from "vitest";
import { absoluteWebsite, websiteLabel } from "./external-url";

describe("absoluteWebsite", () => {
  it("adds https:// to an address given without a scheme", () => {
    expect(absoluteWebsite("www.bradford.gov.uk/libraries/")).toBe("https://www.bradford.gov.uk/libraries/");
    expect(absoluteWebsite("  calvarychapel.com/church-details.cfm?ChurchID=100670 ")).toBe(
      "https://calvarychapel.com/church-details.cfm?ChurchID=100670",
    );
    expect(absoluteWebsite("//example.org/x")).toBe("https://example.org/x");
  });

  it("keeps the scheme that was given", () => {
    expect(absoluteWebsite("http://www.calderdale.gov.uk/v2/residents")).toBe("http://www.calderdale.gov.uk/v2/residents");
    expect(absoluteWebsite("HTTPS://Example.org")).toBe("https://example.org/");
  });

  it("drops what is not a web address", () => {
    for (const bad of [
      "",
      "   ",
      null,
      undefined,
      "javascript:alert(1)",
      "mailto:a@b.org",
      "ftp://example.org",
      "not a url",
      "library",
      "http://localhost/x",
      "https://user:pw@example.org",
      "info@example.org",
      "http://",
    ]) {
      expect(absoluteWebsite(bad), String(bad)).toBeNull();
    }
  });

  it("accepts a host with a port", () => {
    expect(absoluteWebsite("www.example.org:8080/x")).toBe("https://www.example.org:8080/x");
  });
});

describe("websiteLabel", () => {
  it("reads without the scheme, www. and trailing slash", () => {
    expect(websiteLabel("https://www.bradford.gov.uk/libraries/")).toBe("bradford.gov.uk/libraries");
  });
});
