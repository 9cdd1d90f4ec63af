import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/server/auth/policy";
import { createOrganisation } from "@/server/organisations/create-organisation";
import { readMyOrganisation } from "@/server/organisations/read-my-organisation";
import { updateOrganisation } from "@/server/organisations/update-organisation";
import { findUserByEmail } from "@/server/users/find-user-by-email";
import { listStaffUsers } from "@/server/users/list-staff-users";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { makeProvider } from "../support/provider-fixtures";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ seeded: false });
});
afterAll(() => t?.drop());

describe("organisations", () => {
  it("a provider creates an organisation, becomes its owner, and the change is audited", async () => {
    const user = await t.db.user.create({ data: { email: "owner@example.org" } });
    const { organisationId } = await createOrganisation(
      { name: "Calder Valley Crafters", description: "Knitting and natter", website: "https://example.org", charityNumber: "1 012 345" },
      { id: user.id, email: user.email, name: null, role: "provider" },
      t.db,
    );
    const org = await t.db.organisation.findUniqueOrThrow({ where: { id: organisationId }, include: { memberships: true } });
    expect(org).toMatchObject({ name: "Calder Valley Crafters", charityNumber: "1012345", source: "provider" });
    expect(org.memberships).toEqual([expect.objectContaining({ userId: user.id, role: "owner" })]);
    expect(await t.db.auditEvent.count({ where: { entityId: organisationId, action: "organisation.created", actorId: user.id } })).toBe(1);
  });

  it("refuses bad details without creating anything", async () => {
    const user = await t.db.user.create({ data: { email: "bad@example.org" } });
    const before = await t.db.organisation.count();
    await expect(
      createOrganisation({ name: "<b>x</b>" }, { id: user.id, email: user.email, name: null, role: "provider" }, t.db),
    ).rejects.toThrow();
    expect(await t.db.organisation.count()).toBe(before);
  });

  it("members change their organisation's details and the audit says what changed; others cannot read or change it", async () => {
    const mine = await makeProvider(t.db, "member");
    const other = await makeProvider(t.db, "other");
    await updateOrganisation(
      { organisationId: mine.organisationId, details: { name: "Renamed group", email: "hi@example.org" } },
      mine.actor,
      t.db,
    );
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: mine.organisationId, action: "organisation.updated" } });
    expect(audit.data).toMatchObject({ name: { to: "Renamed group" }, email: { from: null, to: "hi@example.org" } });

    await expect(
      updateOrganisation({ organisationId: mine.organisationId, details: { name: "Hijacked" } }, other.actor, t.db),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(readMyOrganisation(mine.organisationId, other.actor, t.db)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(readMyOrganisation("not-a-uuid", mine.actor, t.db)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(readMyOrganisation(mine.organisationId, { id: "", email: "", name: null, role: "provider" }, t.db)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect((await t.db.organisation.findUniqueOrThrow({ where: { id: mine.organisationId } })).name).toBe("Renamed group");
  });
});

describe("user administration", () => {
  it("only an admin can look users up or list who holds a role", async () => {
    const { actor } = await makeProvider(t.db, "nosy");
    for (const role of ["provider", "moderator"] as const) {
      await expect(findUserByEmail("owner@example.org", { ...actor, role }, t.db)).rejects.toThrow(/Only an admin/);
      await expect(listStaffUsers({ ...actor, role }, t.db)).rejects.toThrow(/Only an admin/);
    }
    const found = await findUserByEmail("owner@example.org", { ...actor, role: "admin" }, t.db);
    expect(found).toMatchObject({ email: "owner@example.org", role: "provider", organisations: ["Calder Valley Crafters"] });
  });
});
