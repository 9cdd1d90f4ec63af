import "server-only";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import { checkConfirmToken } from "./confirm-link";

export type ConfirmLinkState =
  | { ok: true; serviceId: string; name: string; verifiedAt: Date | null; staleSince: Date | null; userId: string }
  | { ok: false; reason: "invalid" | "expired" | "not-live" | "not-owner" };

/** What a "still correct" link is about, without changing anything (the GET shows this; only a POST confirms). */
export async function inspectConfirmLink(options: { serviceId: string; token: string; now?: Date }, db: Db = prisma): Promise<ConfirmLinkState> {
  const check = checkConfirmToken(options.token, options.now);
  if (!check.ok) return { ok: false, reason: check.reason };
  if (check.claims.serviceId !== options.serviceId) return { ok: false, reason: "invalid" };
  const service = await db.service.findUnique({ where: { id: options.serviceId }, select: { id: true, name: true, listingStatus: true, verifiedAt: true, staleSince: true, organisationId: true } });
  if (!service || service.listingStatus !== "published") return { ok: false, reason: "not-live" };
  // The link was sent to a member of the owning organisation; it stops working if they no longer are one.
  const member = service.organisationId
    ? await db.membership.findUnique({ where: { userId_organisationId: { userId: check.claims.userId, organisationId: service.organisationId } }, select: { id: true } })
    : null;
  if (!member) return { ok: false, reason: "not-owner" };
  return { ok: true, serviceId: service.id, name: service.name, verifiedAt: service.verifiedAt, staleSince: service.staleSince, userId: check.claims.userId };
}

/** The owner confirms the listing is still correct: verified now, no longer stale. */
export async function confirmListingByLink(options: { serviceId: string; token: string; now?: Date }, db: Db = prisma): Promise<ConfirmLinkState> {
  const now = options.now ?? new Date();
  const state = await inspectConfirmLink(options, db);
  if (!state.ok) return state;
  await db.$transaction(async (tx) => {
    await tx.service.update({
      where: { id: state.serviceId },
      data: { verifiedAt: now, verifiedById: state.userId, staleSince: null, queuedForVerificationAt: null },
    });
    await tx.auditEvent.create({
      data: {
        actorId: state.userId,
        action: "service.verified",
        entityType: "service",
        entityId: state.serviceId,
        data: { via: "email_link", previousVerifiedAt: state.verifiedAt?.toISOString() ?? null, wasStaleSince: state.staleSince?.toISOString() ?? null },
      },
    });
  });
  return { ...state, verifiedAt: now, staleSince: null };
}
