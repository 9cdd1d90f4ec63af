import { beforeEach, describe, expect, it, vi } from "vitest";

const health = vi.hoisted(() => ({ ok: true, calls: 0 }));
vi.mock("./check-health", () => ({
  checkHealth: async () => {
    health.calls += 1;
    return health.ok ? { status: "ok", db: "ok" } : { status: "error", db: "down" };
  },
}));

import { databaseIsReachable, noteDatabaseUnavailable } from "./database-verdict";

let clock = 1_000_000;
const now = () => clock;

beforeEach(() => {
  (globalThis as { databaseVerdict?: { verdict?: unknown } }).databaseVerdict!.verdict = undefined;
  health.ok = true;
  health.calls = 0;
  clock += 60_000;
});

describe("databaseIsReachable", () => {
  it("asks the database at most once per 2 s while it answers, however many requests come", async () => {
    expect(await Promise.all([databaseIsReachable(now), databaseIsReachable(now), databaseIsReachable(now)])).toEqual([true, true, true]);
    clock += 1500;
    expect(await databaseIsReachable(now)).toBe(true);
    expect(health.calls).toBe(1);
    clock += 600;
    await databaseIsReachable(now);
    expect(health.calls).toBe(2);
  });

  it("while down, answers at once and asks again in the background, so it sees the database come back", async () => {
    noteDatabaseUnavailable(now);
    expect(await databaseIsReachable(now)).toBe(false);
    expect(health.calls).toBe(0);
    clock += 1100;
    expect(await databaseIsReachable(now)).toBe(false); // the stale verdict, while the probe runs
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(health.calls).toBe(1);
    expect(await databaseIsReachable(now)).toBe(true);
  });
});
