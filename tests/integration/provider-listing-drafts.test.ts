import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/server/auth/policy";
import { readListingDraft } from "@/server/listings/read-listing-draft";
import { saveListingDraft } from "@/server/listings/save-listing-draft";
import { startListing } from "@/server/listings/start-listing";
import { submitListing } from "@/server/listings/submit-listing";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { choirSteps, choirWhat, makeProvider } from "../support/provider-fixtures";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
});
afterAll(() => t?.drop());

async function newDraft() {
  const provider = await makeProvider(t.db);
  const started = await startListing({ organisationId: provider.organisationId, what: choirWhat }, provider.actor, t.db);
  if (!started.ok) throw new Error("could not start");
  return { ...provider, serviceId: started.value.serviceId };
}

async function saveAll(serviceId: string, actor: Parameters<typeof saveListingDraft>[1]) {
  for (const [step, input] of choirSteps) {
    const r = await saveListingDraft({ serviceId, step, input }, actor, t.db);
    expect(r, `step ${step}`).toMatchObject({ ok: true });
  }
}

describe("a new listing, step by step", () => {
  it("starts as a draft service with a draft revision when its first step is saved", async () => {
    const { serviceId, actor, organisationId } = await newDraft();
    const service = await t.db.service.findUniqueOrThrow({ where: { id: serviceId }, include: { revisions: true } });
    expect(service).toMatchObject({ listingStatus: "draft", organisationId, name: choirWhat.name });
    expect(service.revisions).toEqual([
      expect.objectContaining({ status: "draft", createdById: actor.id, baseVersion: 1, data: choirWhat }),
    ]);
    expect(await t.db.auditEvent.count({ where: { entityId: serviceId, action: "listing.started" } })).toBe(1);
  });

  it("saves each valid step into the draft, geocoding the venue, and audits each save", async () => {
    const { serviceId, actor } = await newDraft();
    await saveAll(serviceId, actor);
    const { draft } = await readListingDraft(serviceId, actor, t.db);
    const postcode = await t.db.postcode.findUniqueOrThrow({ where: { pcd: "HX1 1QG" } });
    expect(draft.locations).toEqual([
      expect.objectContaining({
        postcode: "HX1 1QG",
        lat: postcode.lat,
        lng: postcode.lng,
        accessibility: ["step-free-access", "hearing-loop"],
      }),
    ]);
    expect(draft.sessions).toHaveLength(2);
    const revision = await t.db.revision.findFirstOrThrow({ where: { serviceId } });
    expect(await t.db.auditEvent.count({ where: { entityId: revision.id, action: "listing.draft_saved" } })).toBe(choirSteps.length);
  });

  it("refuses a bad step with messages and keeps the draft as it was", async () => {
    const { serviceId, actor } = await newDraft();
    const r = await saveListingDraft(
      {
        serviceId,
        step: "when",
        input: {
          sessions: [
            { kind: "weekly", byDay: "TU", opensAt: "19:00", closesAt: "21:00" },
            { kind: "weekly", byDay: "WE", opensAt: "20:00", closesAt: "19:30" },
          ],
        },
      },
      actor,
      t.db,
    );
    expect(r).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: "invalid",
        fieldErrors: { "sessions.1.closesAt": "The end time must be after the start time" },
      }),
    });
    const overlap = await saveListingDraft(
      {
        serviceId,
        step: "when",
        input: {
          sessions: [
            { kind: "weekly", byDay: "TU", opensAt: "19:00", closesAt: "21:00" },
            { kind: "weekly", byDay: "TU", opensAt: "20:00", closesAt: "22:00" },
          ],
        },
      },
      actor,
      t.db,
    );
    expect(overlap).toEqual({
      ok: false,
      error: expect.objectContaining({ code: "invalid", fieldErrors: { "sessions.1.opensAt": "This session overlaps session 1" } }),
    });
    const script = await saveListingDraft(
      { serviceId, step: "what", input: { ...choirWhat, name: "<script>alert(1)</script>" } },
      actor,
      t.db,
    );
    expect(script).toMatchObject({
      ok: false,
      error: expect.objectContaining({ code: "invalid", fieldErrors: { name: expect.stringMatching(/plain text/) } }),
    });
    const ages = await saveListingDraft({ serviceId, step: "who", input: { minimumAge: 5, maximumAge: 200 } }, actor, t.db);
    expect(ages).toMatchObject({
      ok: false,
      error: expect.objectContaining({ code: "invalid", fieldErrors: { maximumAge: "Age must be 120 or less" } }),
    });
    expect((await readListingDraft(serviceId, actor, t.db)).draft).toEqual(choirWhat);
  });

  it("refuses postcodes that are not real or not in West Yorkshire, and a pin dragged far away", async () => {
    const { serviceId, actor } = await newDraft();
    const venue = { address1: "1 High Street", city: "Halifax", hideExactAddress: false };
    const save = (loc: object, pinPostcodes: string[] = []) =>
      saveListingDraft(
        { serviceId, step: "venues", input: { locations: [{ ...venue, ...loc }] }, venues: { origins: [null], pinPostcodes } },
        actor,
        t.db,
      );
    expect(await save({ postcode: "HX1" })).toMatchObject({
      ok: false,
      error: expect.objectContaining({ code: "invalid", fieldErrors: { "locations.0.postcode": "Enter a real postcode, like HX1 1QG" } }),
    });
    expect(await save({ postcode: "SW1A 1AA" })).toMatchObject({
      ok: false,
      error: expect.objectContaining({
        code: "invalid",
        fieldErrors: { "locations.0.postcode": expect.stringMatching(/could not find SW1A 1AA in West Yorkshire/) },
      }),
    });
    // Leeds is about 24 km from Halifax.
    expect(await save({ postcode: "HX1 1QG", lat: 53.7997, lng: -1.5492 }, ["HX1 1QG"])).toMatchObject({
      ok: false,
      error: expect.objectContaining({ code: "invalid", fieldErrors: { "locations.0.postcode": expect.stringMatching(/more than 2 km/) } }),
    });
    // A pin placed for an earlier postcode is reset to the new one's centre instead.
    const moved = await save({ postcode: "HX1 1QG", lat: 53.7997, lng: -1.5492 }, ["LS1 1UR"]);
    expect(moved.ok && moved.value.draft.locations?.[0]?.lat).toBeCloseTo(53.72, 1);
    const nudged = await save({ postcode: "HX1 1QG", lat: 53.7205, lng: -1.8605 }, ["HX1 1QG"]);
    expect(nudged.ok && nudged.value.draft.locations?.[0]).toMatchObject({ lat: 53.7205, lng: -1.8605 });
  });

  it("two steps saved at the same moment both survive", async () => {
    const { serviceId, actor } = await newDraft();
    const [a, b] = await Promise.all([
      saveListingDraft({ serviceId, step: "cost", input: { isFree: false, fees: "£2" } }, actor, t.db),
      saveListingDraft({ serviceId, step: "how", input: { attendingTypes: ["online"] } }, actor, t.db),
    ]);
    expect([a.ok, b.ok]).toEqual([true, true]);
    expect((await readListingDraft(serviceId, actor, t.db)).draft).toMatchObject({ isFree: false, fees: "£2", attendingTypes: ["online"] });
  });
});

describe("submitting a new listing", () => {
  it("refuses an incomplete listing, naming what is missing", async () => {
    const { serviceId, actor } = await newDraft();
    const r = await submitListing({ serviceId }, actor, t.db);
    expect(r.ok).toBe(false);
    expect(!r.ok && Object.keys(r.error.fieldErrors ?? {})).toEqual(expect.arrayContaining(["attendingTypes", "isFree", "accessTypes"]));
    expect((await t.db.service.findUniqueOrThrow({ where: { id: serviceId } })).listingStatus).toBe("draft");
  });

  it("sends a complete listing for review: pending, never published, no live rows written", async () => {
    const { serviceId, actor } = await newDraft();
    await saveAll(serviceId, actor);
    expect(await submitListing({ serviceId }, actor, t.db)).toEqual({ ok: true, value: { isNew: true } });
    const service = await t.db.service.findUniqueOrThrow({
      where: { id: serviceId },
      include: { revisions: true, serviceAtLocations: true, schedules: true, attributes: true },
    });
    expect(service.listingStatus).toBe("pending");
    expect(service.revisions.map((r) => r.status)).toEqual(["pending"]);
    expect(service.revisions[0]!.lockVersion).toBe(2);
    expect([service.serviceAtLocations.length, service.schedules.length, service.attributes.length]).toEqual([0, 0, 0]);
    expect(await t.db.auditEvent.count({ where: { entityId: service.revisions[0]!.id, action: "listing.submitted" } })).toBe(1);
    // Once sent, it cannot be changed without withdrawing it first.
    expect(await saveListingDraft({ serviceId, step: "what", input: choirWhat }, actor, t.db)).toEqual({
      ok: false,
      error: expect.objectContaining({ code: "not-editable" }),
    });
    expect(await submitListing({ serviceId }, actor, t.db)).toEqual({
      ok: false,
      error: expect.objectContaining({ code: "not-editable" }),
    });
  });
});

describe("other organisations' drafts", () => {
  it("cannot be read, changed or submitted by another provider, or by nobody", async () => {
    const { serviceId, actor } = await newDraft();
    const stranger = await makeProvider(t.db, "stranger");
    const anonymous = { id: "", email: "", name: null, role: "provider" as const };
    for (const who of [stranger.actor, anonymous, { ...stranger.actor, role: "moderator" as const }]) {
      await expect(readListingDraft(serviceId, who, t.db)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(
        saveListingDraft({ serviceId, step: "what", input: { ...choirWhat, name: "Taken over" } }, who, t.db),
      ).rejects.toBeInstanceOf(ForbiddenError);
      await expect(submitListing({ serviceId }, who, t.db)).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(
      startListing({ organisationId: (await makeProvider(t.db)).organisationId, what: choirWhat }, stranger.actor, t.db),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect((await readListingDraft(serviceId, actor, t.db)).draft.name).toBe(choirWhat.name);
  });
});
