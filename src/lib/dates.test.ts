import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatDay, formatMonth, isoDate, londonNow, waitingFor } from "./dates";

describe("dates, always in Europe/London", () => {
  it("gives the London day of a late-evening UTC time in summer (BST), not the UTC day", () => {
    const lateJuly = new Date("2026-07-01T23:30:00Z"); // 00:30 on 2 July in London
    expect(isoDate(lateJuly)).toBe("2026-07-02");
    expect(formatDate(lateJuly)).toBe("2 July 2026");
    expect(formatDateTime(lateJuly)).toBe("2 July 2026 at 00:30");
    expect(londonNow(lateJuly)).toEqual({ date: "2026-07-02", minutes: 30 });
  });

  it("follows the clocks across the BST/GMT boundary (last Sunday of October 2026, 01:00 UTC)", () => {
    expect(formatDateTime(new Date("2026-10-25T00:30:00Z"))).toBe("25 October 2026 at 01:30"); // still BST
    expect(formatDateTime(new Date("2026-10-25T01:30:00Z"))).toBe("25 October 2026 at 01:30"); // now GMT
    expect(formatDateTime(new Date("2026-10-25T23:30:00Z"))).toBe("25 October 2026 at 23:30");
    expect(isoDate(new Date("2026-03-28T23:30:00Z"))).toBe("2026-03-28"); // GMT: the same day
    expect(isoDate(new Date("2026-03-29T23:30:00Z"))).toBe("2026-03-30"); // BST began that morning
  });

  it("writes a winter evening as London's own clock", () => {
    const tuesdayEvening = new Date("2026-11-24T18:30:00Z");
    expect(formatDate(tuesdayEvening)).toBe("24 November 2026");
    expect(formatDateTime(tuesdayEvening)).toBe("24 November 2026 at 18:30");
    expect(londonNow(tuesdayEvening)).toEqual({ date: "2026-11-24", minutes: 1110 });
  });

  it("treats an ISO calendar day as that day, with no time zone shift", () => {
    expect(formatDate("2026-12-05")).toBe("5 December 2026");
    expect(formatDay("2026-12-05")).toBe("Saturday 5 December 2026");
    expect(formatDay("2026-11-24", { year: false })).toBe("Tuesday 24 November");
    expect(isoDate(new Date("2026-12-05T00:00:00Z"))).toBe("2026-12-05"); // a Postgres DATE read back
  });

  it("names statistics months and tolerates a malformed one", () => {
    expect(formatMonth("2026-11-01")).toBe("November 2026");
    expect(formatMonth("2026-01")).toBe("January 2026");
    expect(formatMonth("not a date")).toBe("not a date");
  });

  it("says how long something has waited", () => {
    const now = new Date("2026-11-21T12:00:00Z");
    expect(waitingFor(new Date("2026-11-21T08:00:00Z"), now)).toBe("today");
    expect(waitingFor(new Date("2026-11-20T11:00:00Z"), now)).toBe("1 day");
    expect(waitingFor(new Date("2026-11-09T12:00:00Z"), now)).toBe("12 days");
  });
});
