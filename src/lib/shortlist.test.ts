import { describe, expect, it } from "vitest";
import { MAX_SHORTLIST, emailShortlistSchema, parseShortlistIds, serializeShortlistCookie, shortlistPath } from "./shortlist";

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

describe("shortlist ids", () => {
  it("reads cookie and URL forms, drops anything that is not an id, and keeps the first 20 once each", () => {
    expect(parseShortlistIds(`${id(1)}.${id(2)}`)).toEqual([id(1), id(2)]);
    expect(parseShortlistIds(`${id(2)},nonsense,${id(2)}, ${id(3).toUpperCase()}`)).toEqual([id(2), id(3)]);
    expect(parseShortlistIds([`${id(1)}`, `${id(4)}`])).toEqual([id(1), id(4)]);
    expect(parseShortlistIds(undefined)).toEqual([]);
    const many = Array.from({ length: 30 }, (_, i) => id(i)).join(",");
    expect(parseShortlistIds(many)).toHaveLength(MAX_SHORTLIST);
  });

  it("round-trips through the cookie and builds share and print paths", () => {
    expect(parseShortlistIds(serializeShortlistCookie([id(1), id(2)]))).toEqual([id(1), id(2)]);
    expect(shortlistPath([id(1), id(2)])).toBe(`/shortlist?ids=${id(1)},${id(2)}`);
    expect(shortlistPath([], "/print")).toBe("/shortlist/print");
  });

  it("validates the email form", () => {
    expect(emailShortlistSchema.safeParse({ email: "  a@example.org ", ids: id(1) }).data).toEqual({
      email: "a@example.org",
      ids: [id(1)],
    });
    expect(emailShortlistSchema.safeParse({ email: "not an email", ids: id(1) }).error?.issues[0]?.message).toMatch(/correct format/);
    expect(emailShortlistSchema.safeParse({ email: "a@example.org", ids: "" }).error?.issues[0]?.message).toMatch(/empty/);
  });
});
