import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// Providers can only ask; moderators publish (ADR 0006). The integration tests prove each provider use case
// leaves live listings alone; this guards the rule for the next person who edits these files.
const PROVIDER_USE_CASES = [
  "listings/start-listing.ts",
  "listings/save-listing-draft.ts",
  "listings/submit-listing.ts",
  "listings/start-edit.ts",
  "listings/withdraw-revision.ts",
  "listings/discard-draft.ts",
  "claims/request-claim.ts",
  "organisations/create-organisation.ts",
  "organisations/update-organisation.ts",
];

describe("provider use cases", () => {
  it.each(PROVIDER_USE_CASES)("%s never publishes, approves or writes live listing rows", (file) => {
    const source = readFileSync(join(import.meta.dirname, "..", file), "utf8");
    // Reading published listings (a `where`) is fine; writing that status (a `data`) is not.
    expect(source).not.toMatch(/data:\s*{[^}]*listingStatus:\s*["'](published|archived)["']/);
    expect(source).not.toMatch(/data:\s*{[^}]*status:\s*["']approved["']/);
    expect(source).not.toMatch(/applyListing|verifiedAt|version:\s*{\s*increment/);
    expect(source).toMatch(/auditEvent\.create/);
  });
});
