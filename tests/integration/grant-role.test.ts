import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/server/auth/policy";
import { grantRole } from "@/server/users/grant-role";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ seeded: false });
});
afterAll(() => t?.drop());

describe("grantRole", () => {
  it("makes the first admin from the command line and records who changed what", async () => {
    const admin = await grantRole({ email: "  Lead@Example.org ", role: "admin" }, "cli", t.db);
    expect(admin).toMatchObject({ email: "lead@example.org", role: "admin" });
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: admin.id } });
    expect(audit).toMatchObject({ action: "user.role_granted", actorId: null });
    expect(audit.data).toMatchObject({ from: null, to: "admin", via: "cli" });
  });

  it("lets an admin make a moderator", async () => {
    const admin = await t.db.user.findUniqueOrThrow({ where: { email: "lead@example.org" } });
    const mod = await grantRole({ email: "mod@example.org", role: "moderator" }, { ...admin, role: "admin" }, t.db);
    expect(mod.role).toBe("moderator");
  });

  it("refuses a provider or moderator who tries to raise anyone's role, their own included", async () => {
    const provider = await t.db.user.create({ data: { email: "provider@example.org" } });
    const me = { id: provider.id, email: provider.email, name: null, role: "provider" as const };
    await expect(grantRole({ email: provider.email, role: "admin" }, me, t.db)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(grantRole({ email: provider.email, role: "moderator" }, { ...me, role: "moderator" }, t.db)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect((await t.db.user.findUniqueOrThrow({ where: { id: provider.id } })).role).toBe("provider");
  });

  it("stops an admin removing their own admin role", async () => {
    const admin = await t.db.user.findUniqueOrThrow({ where: { email: "lead@example.org" } });
    await expect(grantRole({ email: admin.email, role: "provider" }, { ...admin, role: "admin" }, t.db)).rejects.toThrow(
      /your own admin role/,
    );
    expect((await t.db.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("admin");
  });

  it("rejects an unknown role or a malformed email", async () => {
    await expect(grantRole({ email: "x@example.org", role: "superuser" as "admin" }, "cli", t.db)).rejects.toThrow();
    await expect(grantRole({ email: "not-an-email", role: "admin" }, "cli", t.db)).rejects.toThrow();
  });
});
