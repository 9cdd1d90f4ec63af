import { describe, expect, it } from "vitest";
import { servicesOption, sizeKey } from "./services-option";

describe("servicesOption", () => {
  it("reads --services N, --services=N and the seed", () => {
    expect(servicesOption(["node", "bench", "--services", "1000000"], {})).toBe(1_000_000);
    expect(servicesOption(["node", "bench", "--services=100_000"], {})).toBe(100_000);
    expect(servicesOption(["node", "bench", "--services", "seed"], {})).toBe(0);
    expect(servicesOption(["node", "bench", "--services", "0"], {})).toBe(0);
  });

  it("falls back to BENCH_SERVICES, then 100,000", () => {
    expect(servicesOption(["node", "bench"], { BENCH_SERVICES: "5000" })).toBe(5000);
    expect(servicesOption(["node", "bench", "--services", "20"], { BENCH_SERVICES: "5000" })).toBe(20);
    expect(servicesOption(["node", "bench"], {})).toBe(100_000);
  });

  it("refuses what is not a size", () => {
    expect(() => servicesOption(["node", "bench", "--services", "lots"], {})).toThrow(/whole number/);
    expect(() => servicesOption(["node", "bench", "--services", "-5"], {})).toThrow(/whole number/);
  });

  it("names sizes for the report's sections", () => {
    expect(sizeKey(0)).toBe("seed");
    expect(sizeKey(100_000)).toBe("100000");
  });
});
