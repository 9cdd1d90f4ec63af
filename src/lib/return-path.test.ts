import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-path";

const ORIGIN = "http://directory.test";

/** Where a browser ends up when it follows a Location header of `path` from our origin. */
const landsOn = (path: string) => new URL(path, ORIGIN);

describe("safeReturnPath", () => {
  it("keeps same-site paths, with their query and fragment", () => {
    expect(safeReturnPath("/provider/listings/new")).toBe("/provider/listings/new");
    expect(safeReturnPath("/provider/claim/abc?x=1#top")).toBe("/provider/claim/abc?x=1#top");
    expect(safeReturnPath("/search?q=caf%C3%A9")).toBe("/search?q=caf%C3%A9");
  });

  it.each([
    ["tab after the slash", "/\t/evil.tld"],
    ["newline after the slash", "/\n/x"],
    ["carriage return", "/\r/evil.tld"],
    ["protocol-relative", "//evil.tld"],
    ["backslash", "/\\evil.tld"],
    ["backslash after slash", "/\\/evil.tld"],
    ["absolute URL", "https://evil.tld/"],
    ["javascript", "javascript:alert(1)"],
    ["relative", "provider"],
    ["empty", ""],
    ["encoded slash", "/%2F%2Fevil.tld"],
    ["encoded backslash", "/%5Cevil.tld"],
    ["control character inside", "/provider\u0000"],
    ["unicode line separator", "/provider\u2028x"],
  ])("falls back for %s", (_, raw) => {
    expect(safeReturnPath(raw)).toBe("/provider");
  });

  it("uses the fallback given, and for anything that is not a string", () => {
    expect(safeReturnPath("//evil.tld", "/")).toBe("/");
    expect(safeReturnPath(undefined)).toBe("/provider");
    expect(safeReturnPath(["/a", "/b"])).toBe("/provider");
  });

  it("never sends a browser off our origin or returns a path with control characters (fuzzed)", () => {
    const pieces = fc.constantFrom(
      "/",
      "\\",
      "//",
      "\t",
      "\n",
      "\r",
      "%09",
      "%0A",
      "%2F",
      "%5C",
      ":",
      "@",
      ".",
      "evil.tld",
      "http:",
      " ",
      "?",
      "#",
    );
    const tricky = fc
      .array(fc.oneof(pieces, fc.string(), fc.string({ unit: "grapheme", maxLength: 4 })), { maxLength: 8 })
      .map((p) => p.join(""));
    fc.assert(
      fc.property(
        fc.oneof(
          tricky,
          tricky.map((s) => `/${s}`),
          fc.webUrl(),
          fc.webPath(),
        ),
        (raw) => {
          const result = safeReturnPath(raw);
          expect(result.startsWith("/")).toBe(true);
          expect(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\\]/.test(result)).toBe(false);
          expect(landsOn(result).origin).toBe(ORIGIN);
          // What a browser makes of it after decoding once must also stay here.
          let decoded = result;
          try {
            decoded = decodeURIComponent(result);
          } catch {}
          expect(landsOn(decoded.replace(/[\t\n\r]/g, "")).origin).toBe(ORIGIN);
        },
      ),
      { numRuns: 2000 },
    );
  }, 30_000);
});

describe("returnPathSchema (the sign-in and organisation forms' return path)", () => {
  it.each(["/\t/evil.tld", "/\n/x", "/\\evil.tld", "//evil.tld", "https://evil.tld"])("refuses %j", async (raw) => {
    const { returnPathSchema } = await import("./validation/auth");
    expect(returnPathSchema.parse(raw)).toBe("/provider");
  });
});
