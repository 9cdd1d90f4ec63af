import { describe, expect, it } from "vitest";
import { copyLines, copyValue } from "./copy-rows";

describe("COPY text format", () => {
  it("writes nulls, booleans, dates, arrays and escapes tabs, newlines and backslashes", () => {
    expect(copyValue(null)).toBe("\\N");
    expect(copyValue(undefined)).toBe("\\N");
    expect(copyValue(true)).toBe("t");
    expect(copyValue(new Date("2026-01-02T03:04:05Z"))).toBe("2026-01-02T03:04:05.000Z");
    expect(copyValue("{in_person,online}")).toBe("{in_person,online}");
    expect(copyValue("a\tb\nc\\d\re")).toBe("a\\tb\\nc\\\\d\\re");
  });

  it("turns column-major rows into lines, constants last, in chunks", () => {
    const rows = { id: [1, 2, 3], name: ["x", null, "z"] };
    expect([...copyLines(rows, ["bench"], 2)]).toEqual(["1\tx\tbench\n2\t\\N\tbench\n", "3\tz\tbench\n"]);
  });
});
