import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ seeded: false });
});
afterAll(() => t?.drop());

async function healthRoute(databaseUrl: string) {
  vi.resetModules();
  process.env.DATABASE_URL = databaseUrl;
  (globalThis as { prisma?: unknown }).prisma = undefined;
  const { GET } = await import("@/app/api/health/route");
  return GET();
}

describe("GET /api/health", () => {
  it("answers 200 with db ok when the database answers", async () => {
    const res = await healthRoute(t.url);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", db: "ok" });
    expect(res.headers.get("cache-control")).toContain("no-store");
  });

  it("answers 503 with db down, and no details, when the database cannot be reached", async () => {
    const res = await healthRoute("postgresql://postgres@127.0.0.1:1/nowhere");
    expect(res.status).toBe(503);
    const body = await res.text();
    expect(JSON.parse(body)).toEqual({ status: "error", db: "down" });
    expect(body).not.toMatch(/ECONNREFUSED|at .*\.ts/);
  });
});
