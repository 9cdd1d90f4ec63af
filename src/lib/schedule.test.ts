import { describe, expect, it } from "vitest";
import { event, weekly } from "../../tests/support/schedule-rows";
import { currentSessions, nextSession, sortSessions } from "./schedule";

// Tuesday 24 November 2026, 18:30 in London (GMT in winter).
const tuesdayEvening = new Date("2026-11-24T18:30:00Z");

describe("sortSessions", () => {
  it("orders weekly sessions by day then time, then dated events by date", () => {
    const rows = [event("2026-12-05", 600, 700), weekly("TH", 600, 700), weekly("MO", 900, 1000), weekly("MO", 600, 700)];
    expect(sortSessions(rows).map((r) => `${r.byDay ?? r.dtstart} ${r.opensAt}`)).toEqual(["MO 600", "MO 900", "TH 600", "2026-12-05 600"]);
  });
});

describe("nextSession", () => {
  it("finds the first or last weekday of the month for a monthly session, and no date for every few weeks with no first date", () => {
    const monthly = (byDay: string, weekOfMonth: number) => weekly(byDay, 600, 700, { freq: "MONTHLY", weekOfMonth });
    expect(nextSession([monthly("SA", 1)], tuesdayEvening)?.date).toBe("2026-12-05");
    expect(nextSession([monthly("SU", -1)], tuesdayEvening)?.date).toBe("2026-11-29");
    expect(nextSession([monthly("TU", 4)], tuesdayEvening)?.date).toBe("2026-12-22");
    expect(nextSession([weekly("TU", 600, 700, { interval: 2 })], tuesdayEvening)).toBeNull();
    expect(nextSession([weekly("TH", 600, 700, { interval: 2, dtstart: "2026-11-19" })], tuesdayEvening)?.date).toBe("2026-12-03");
  });

  it("counts the day in London: 23:30 UTC on a summer Tuesday is already Wednesday", () => {
    expect(nextSession([weekly("TU", 1140, 1260)], new Date("2026-07-07T23:30:00Z"))?.date).toBe("2026-07-14");
  });

  it("is today when today's session has not finished, else the next week", () => {
    expect(nextSession([weekly("TU", 1140, 1260)], tuesdayEvening)).toEqual({ date: "2026-11-24", opensAt: 1140, closesAt: 1260 });
    expect(nextSession([weekly("TU", 600, 720)], tuesdayEvening)?.date).toBe("2026-12-01");
  });

  it("takes the soonest of several sessions and events, and ignores past events", () => {
    const rows = [weekly("FR", 600, 720), event("2026-11-20", 600, 700), event("2026-11-26", 600, 700)];
    expect(nextSession(rows, tuesdayEvening)?.date).toBe("2026-11-26");
  });

  it("respects the dates a weekly session runs between, and every-n-weeks patterns", () => {
    expect(nextSession([weekly("TH", 600, 720, { validFrom: "2027-01-01" })], tuesdayEvening)?.date).toBe("2027-01-07");
    expect(nextSession([weekly("TH", 600, 720, { validTo: "2026-11-01" })], tuesdayEvening)).toBeNull();
    // Fortnightly from Friday 20 November: the 27th is an off week, the next is 4 December.
    expect(nextSession([weekly("FR", 600, 720, { interval: 2, dtstart: "2026-11-20" })], tuesdayEvening)?.date).toBe("2026-12-04");
  });

  it("gives no date for monthly sessions or when there are no sessions", () => {
    expect(nextSession([weekly("SA", 600, 720, { freq: "MONTHLY" })], tuesdayEvening)).toBeNull();
    expect(nextSession([], tuesdayEvening)).toBeNull();
  });

  it("drops past events from the sessions shown", () => {
    const rows = [weekly("TU", 600, 700), event("2026-11-01", 600, 700), event("2026-12-01", 600, 700)];
    expect(currentSessions(rows, tuesdayEvening)).toHaveLength(2);
  });
});
