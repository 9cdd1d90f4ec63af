import { describe, expect, it } from "vitest";
import { absoluteWebsite, directionsUrl, telHref, websiteLabel } from "./external-url";

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

describe("telHref and directionsUrl", () => {
  it("dials digits and a leading plus only", () => {
    expect(telHref("01924 325080")).toBe("tel:01924325080");
    expect(telHref("+44 (0)1422 392630")).toBe("tel:+441422392630");
    expect(telHref("0113 378 5005 ext. 2")).toBe("tel:011337850052");
  });

  it("asks OpenStreetMap for directions to the venue, the start left to the person", () => {
    const url = directionsUrl({ lat: 53.6895, lng: -1.62674 });
    expect(url).toBe("https://www.openstreetmap.org/directions?route=%3B53.68950%2C-1.62674");
    expect(new URL(url).searchParams.get("route")).toBe(";53.68950,-1.62674");
  });
});
