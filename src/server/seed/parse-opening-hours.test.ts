import { describe, expect, it } from "vitest";
import { parseOpeningHours } from "./parse-opening-hours";

const rowsOf = (value: string) => {
  const parsed = parseOpeningHours(value);
  if (parsed.kind !== "weekly") throw new Error(`not parsed: ${value}`);
  return parsed.rows.map((r) => `${r.byDay} ${r.opensAt}-${r.closesAt}`);
};

describe("parseOpeningHours", () => {
  it("reads day ranges and several rules", () => {
    expect(rowsOf("Mo-Fr 09:00-17:00; Sa 10:00-16:00")).toEqual([
      "MO 540-1020",
      "TU 540-1020",
      "WE 540-1020",
      "TH 540-1020",
      "FR 540-1020",
      "SA 600-960",
    ]);
  });

  it("gives a day with two ranges two rows and leaves closed days out", () => {
    expect(rowsOf("Tu 09:30-11:30,12:30-14:30; We-Mo closed")).toEqual(["TU 570-690", "TU 750-870"]);
    expect(rowsOf("Mo 14:00-17:00; We closed; Su off")).toEqual(["MO 840-1020"]);
  });

  it("reads 24/7 as all day every day", () => {
    expect(rowsOf("24/7")).toEqual(["MO", "TU", "WE", "TH", "FR", "SA", "SU"].map((d) => `${d} 0-1440`));
  });

  it("reads sunrise-sunset and dawn-dusk as every day, without inventing times", () => {
    const parsed = parseOpeningHours("dawn-dusk");
    expect(parsed.kind === "weekly" && parsed.rows.map((r) => [r.byDay, r.opensAt, r.description])).toContainEqual([
      "SU",
      null,
      "Open from dawn to dusk",
    ]);
    expect(rowsOf("sunrise-sunset")).toHaveLength(7);
  });

  it("reads the week and notes a trailing PH off", () => {
    const parsed = parseOpeningHours("Mo-We 09:00-19:00; Su 11:00-15:00; PH off");
    expect(parsed).toMatchObject({ kind: "weekly", note: "Closed on bank holidays" });
    expect(parsed.kind === "weekly" && parsed.rows).toHaveLength(4);
  });

  it("keeps what it cannot read with confidence as text", () => {
    expect(parseOpeningHours("9-5")).toEqual({ kind: "text", text: "9-5" });
    expect(parseOpeningHours('\\"various as people book hall\\"')).toEqual({ kind: "text", text: "various as people book hall" });
    expect(parseOpeningHours("Mo-Fr off")).toEqual({ kind: "text", text: "Mo-Fr off" });
  });
});
