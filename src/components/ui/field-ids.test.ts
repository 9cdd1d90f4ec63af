import { describe, expect, it } from "vitest";
import { describedBy, fieldIds } from "./field-ids";

describe("fieldIds", () => {
  it("derives hint and error ids from the control id", () => {
    expect(fieldIds("postcode")).toEqual({ id: "postcode", hintId: "postcode-hint", errorId: "postcode-error" });
  });
});

describe("describedBy", () => {
  const ids = fieldIds("name");

  it("is undefined with neither hint nor error", () => {
    expect(describedBy(ids, {})).toBeUndefined();
  });

  it("lists the hint before the error", () => {
    expect(describedBy(ids, { hint: "Use your full name", error: "Enter your name" })).toBe("name-hint name-error");
  });

  it("includes only what is present, plus any extra id", () => {
    expect(describedBy(ids, { error: "Enter your name" })).toBe("name-error");
    expect(describedBy(ids, { hint: "h", extra: "name-count" })).toBe("name-hint name-count");
  });
});
