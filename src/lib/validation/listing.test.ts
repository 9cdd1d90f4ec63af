import { describe, expect, it } from "vitest";
import { listingSchema, minutesOf, timeOf, type ListingInput } from "./listing";

const choir: ListingInput = {
  name: "Halifax Community Choir",
  description: "A friendly choir for anyone who likes to sing. No auditions and no need to read music.",
  categories: ["singing-and-choirs"],
  attendingTypes: ["in_person"],
  locations: [{ address1: "Square Chapel", city: "Halifax", postcode: "hx1 1qg", accessibility: ["step-free-access"] }],
  sessions: [
    { kind: "weekly", byDay: "TU", opensAt: "19:00", closesAt: "21:00" },
    { kind: "weekly", byDay: "SA", opensAt: "10:00", closesAt: "11:30" },
  ],
  isFree: true,
  accessTypes: ["drop_in"],
};

function errors(input: ListingInput) {
  const r = listingSchema.safeParse(input);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("listingSchema", () => {
  it("accepts a complete listing and normalises it", () => {
    const l = listingSchema.parse(choir);
    expect(l.locations[0]!.postcode).toBe("HX1 1QG");
    expect(l.minimumAge).toBeNull();
  });

  it("refuses inverted and overlapping session times", () => {
    expect(errors({ ...choir, sessions: [{ kind: "weekly", byDay: "TU", opensAt: "21:00", closesAt: "19:00" }] })).toEqual({
      "sessions.0.closesAt": "The end time must be after the start time",
    });
    expect(
      errors({
        ...choir,
        sessions: [
          { kind: "weekly", byDay: "TU", opensAt: "19:00", closesAt: "21:00" },
          { kind: "weekly", byDay: "TU", opensAt: "20:30", closesAt: "22:00" },
        ],
      }),
    ).toEqual({ "sessions.1.opensAt": "This session overlaps session 1" });
  });

  it("takes fortnightly and monthly sessions, and refuses an interval of 0 or 9 or a monthly week that does not exist", () => {
    const parsed = listingSchema.parse({
      ...choir,
      sessions: [
        { kind: "weekly", byDay: "TU", interval: 2, opensAt: "10:00", closesAt: "11:00" },
        { kind: "weekly", byDay: "SA", weekOfMonth: -1, opensAt: "10:00", closesAt: "11:00" },
      ],
    });
    expect(parsed.sessions).toMatchObject([{ interval: 2 }, { weekOfMonth: -1 }]);
    for (const interval of [0, 9]) {
      expect(errors({ ...choir, sessions: [{ kind: "weekly", byDay: "TU", interval, opensAt: "10:00", closesAt: "11:00" }] })).toEqual({
        "sessions.0.interval": "Choose how often: every week up to every 8 weeks",
      });
    }
    expect(
      errors({
        ...choir,
        sessions: [{ kind: "weekly", byDay: "SA", weekOfMonth: 5 as unknown as 1, opensAt: "10:00", closesAt: "11:00" }],
      }),
    ).toEqual({
      "sessions.0.weekOfMonth": "Choose which week of the month: first, second, third, fourth or last",
    });
  });

  it("refuses script tags, oversized text, bad postcodes and ages out of range, each with its own message", () => {
    const e = errors({
      ...choir,
      name: "<script>alert(1)</script>",
      description: "x".repeat(3001),
      locations: [{ address1: "1 High St", city: "Leeds", postcode: "LS1" }],
      minimumAge: 70,
      maximumAge: 130,
    });
    expect(e.name).toMatch(/plain text/);
    expect(e.description).toMatch(/3000 characters or fewer/);
    expect(e["locations.0.postcode"]).toMatch(/real postcode/);
    expect(e.maximumAge).toMatch(/120 or less/);
  });

  it("needs a venue for in-person activities and a price when not free", () => {
    const e = errors({ ...choir, locations: [], sessions: [], isFree: false });
    expect(e.locations).toBe("Add the venue where it happens");
    expect(e.fees).toBe("Say what it costs");
  });

  it("needs a way to get in touch when people must book or be referred", () => {
    expect(errors({ ...choir, accessTypes: ["referral"] }).email).toMatch(/email address, phone number or website/);
    expect(errors({ ...choir, accessTypes: ["referral"], phone: "01422 123456" })).toEqual({});
  });

  it("converts times to minutes and back", () => {
    expect(minutesOf("19:05")).toBe(1145);
    expect(timeOf(1145)).toBe("19:05");
  });
});
