import { describe, expect, it } from "vitest";
import { claimSchema } from "./claim";
import { organisationSchema } from "./organisation";

const errors = (input: Record<string, unknown>) => {
  const r = organisationSchema.safeParse(input);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("organisationSchema", () => {
  it("accepts a small charity, tidying numbers and leaving blanks out", () => {
    const o = organisationSchema.parse({
      name: " Halifax Singers ",
      description: "",
      website: "",
      email: " Hello@Example.org ",
      charityNumber: "1 012 345",
      companyNumber: "123456",
    });
    expect(o).toEqual({ name: "Halifax Singers", email: "hello@example.org", charityNumber: "1012345", companyNumber: "00123456" });
  });

  it("refuses script tags, oversized text and malformed numbers, each with its own message", () => {
    const e = errors({
      name: "<script>alert(1)</script>",
      description: "x".repeat(2001),
      website: "javascript:alert(1)",
      email: "nope",
      charityNumber: "12",
      companyNumber: "ABC",
    });
    expect(e.name).toMatch(/plain text/);
    expect(e.description).toMatch(/2000 characters or fewer/);
    expect(e.website).toMatch(/https:\/\//);
    expect(e.email).toMatch(/email address/);
    expect(e.charityNumber).toMatch(/6 to 8 digits/);
    expect(e.companyNumber).toMatch(/8 characters/);
  });

  it("needs a name", () => {
    expect(errors({ name: "  " }).name).toBe("Enter the name of your organisation");
  });
});

describe("claimSchema", () => {
  it("needs an organisation and a real explanation", () => {
    const r = claimSchema.safeParse({ organisationId: "", message: "me" });
    expect(r.error?.issues.map((i) => i.message)).toEqual([
      "Choose the organisation that runs this activity",
      "Tell us how you are connected to this activity, in at least 20 characters",
    ]);
  });
});
