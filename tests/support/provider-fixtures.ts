import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import type { Actor } from "@/server/auth/policy";
import { createOrganisation } from "@/server/organisations/create-organisation";
import type { StepId } from "@/lib/validation/listing-steps";
import { listingSchema, type ListingInput } from "@/lib/validation/listing";
import { applyListing } from "@/server/listings/apply-listing";

/** A provider with their own organisation; unique per call so test files and tests stay independent. */
export async function makeProvider(db: PrismaClient, label = "provider"): Promise<{ actor: Actor; organisationId: string; email: string }> {
  const email = `${label}-${randomBytes(4).toString("hex")}@example.org`;
  const user = await db.user.create({ data: { email } });
  const actor: Actor = { id: user.id, email, name: null, role: "provider" };
  const { organisationId } = await createOrganisation({ name: `${label} group ${email.slice(-16, -12)}` }, actor, db);
  return { actor, organisationId, email };
}

/** The answers of each step, as the step schemas take them, for an in-person choir meeting twice a week. */
export const choirSteps: Array<[StepId, unknown]> = [
  ["who", { minimumAge: 16, maximumAge: null, audiences: ["adults", "older-people"], needs: ["loneliness-and-isolation"] }],
  ["how", { attendingTypes: ["in_person"] }],
  [
    "venues",
    { locations: [{ name: "Square Chapel", address1: "10 Square Road", city: "Halifax", postcode: "hx1 1qg", hideExactAddress: false }] },
  ],
  [
    "when",
    {
      sessions: [
        { kind: "weekly", byDay: "TU", opensAt: "19:00", closesAt: "21:00" },
        { kind: "weekly", byDay: "SA", opensAt: "10:00", closesAt: "11:30" },
      ],
    },
  ],
  ["cost", { isFree: true, fees: "" }],
  ["join", { accessTypes: ["drop_in"], contactName: "Jo", email: "choir@example.org", phone: undefined, url: undefined }],
  ["accessibility", { locations: [{ accessibility: ["step-free-access", "hearing-loop"] }] }],
];

export const choirWhat = {
  name: "Square Chapel Singers",
  description: "A friendly community choir. No auditions and no need to read music; tea at half time.",
  categories: ["singing-and-choirs"],
};

/** A published listing run by `organisationId` (or by nobody, like an imported one), as moderation would leave it. */
export async function makePublishedListing(
  db: PrismaClient,
  organisationId: string | null,
  input: Partial<ListingInput> = {},
): Promise<string> {
  const listing = listingSchema.parse({
    ...choirWhat,
    attendingTypes: ["in_person"],
    locations: [{ address1: "1 Commercial Street", city: "Halifax", postcode: "HX1 1QG", accessibility: [] }],
    sessions: [{ kind: "weekly", byDay: "MO", opensAt: "10:00", closesAt: "12:00" }],
    isFree: true,
    accessTypes: ["drop_in"],
    ...input,
  });
  const service = await db.service.create({
    data: {
      name: listing.name,
      organisationId,
      listingStatus: "published",
      version: 2,
      verifiedAt: new Date(),
      source: organisationId ? "provider" : "osm",
    },
  });
  await db.$transaction((tx) => applyListing(tx, service.id, listing));
  return service.id;
}
