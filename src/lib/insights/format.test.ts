import { describe, expect, it } from "vitest";
import { formatValue } from "./format";

describe("formatValue", () => {
  it("writes each kind of figure as the page shows it", () => {
    expect(formatValue("count", 811951)).toBe("811,951");
    expect(formatValue("rate", 0.5)).toBe("0.50");
    expect(formatValue("percent", 88.6)).toBe("88.6%");
    expect(formatValue("change", 26)).toBe("26% higher");
    expect(formatValue("change", -49)).toBe("49% lower");
    expect(formatValue("change", 0)).toBe("About the same");
    expect(formatValue("score", 61.981)).toBe("62.0");
    expect(formatValue("month", "2026-11-01")).toBe("November 2026");
    expect(formatValue("rate", null)).toBe("");
  });

  it("leaves text alone", () => {
    expect(formatValue("text", "Gipton & Harehills")).toBe("Gipton & Harehills");
  });
});
