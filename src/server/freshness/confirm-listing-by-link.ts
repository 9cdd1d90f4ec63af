import "server-only";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import { fail, ok, type Result } from "@/lib/result";
import { isOrgMember } from "@/server/auth/policy";
import { checkConfirmToken } from "./confirm-link";

export type ConfirmLinkProblem = "invalid" | "expired" | "not-live" | "not-owner";
export type ConfirmLinkState = Result<
  { serviceId: string; name: string; verifiedAt: Date | null; staleSince: Date | null; userId: string },
  ConfirmLinkProblem
>;

const PROBLEMS: Record<ConfirmLinkProblem, string> = {
  invalid: "This link is not valid. Use the link in your most recent email, or sign in to check your listing.",
  expired: "This link has expired. Sign in to check your listing, or wait for our next email.",
  "not-live": "This listing is no longer in the directory.",
  "not-owner": "This link was sent to someone who no longer manages this listing.",
};
export const confirmLinkProblem = (code: ConfirmLinkProblem) => fail(code, PROBLEMS[code]);

/** What a "still correct" link is about, without changing anything (the GET shows this; only a POST confirms). */
export async function inspectConfirmLink(
  options: { serviceId: string; token: string; now?: Date },
  db: Db = prisma,
): Promise<ConfirmLinkState> {
  const check = checkConfirmToken(options.token, options.now);
  if (!check.ok) return confirmLinkProblem(check.reason);
  if (check.claims.serviceId !== options.serviceId) return confirmLinkProblem("invalid");
  const service = await db.service.findUnique({
    where: { id: options.serviceId },
    select: { id: true, name: true, listingStatus: true, verifiedAt: true, staleSince: true, organisationId: true },
  });
  if (!service || service.listingStatus !== "published") return confirmLinkProblem("not-live");
  // The link was sent to a member of the owning organisation; it stops working if they no longer are one.
  if (!(await isOrgMember(db, check.claims.userId, service.organisationId))) return confirmLinkProblem("not-owner");
  return ok({
    serviceId: service.id,
    name: service.name,
    verifiedAt: service.verifiedAt,
    staleSince: service.staleSince,
    userId: check.claims.userId,
  });
}

/** The owner confirms the listing is still correct: verified now, no longer stale. */
export async function confirmListingByLink(
  options: { serviceId: string; token: string; now?: Date },
  db: Db = prisma,
): Promise<ConfirmLinkState> {
  const now = options.now ?? new Date();
  const inspected = await inspectConfirmLink(options, db);
  if (!inspected.ok) return inspected;
  const state = inspected.value;
  await db.$transaction(async (tx) => {
    await tx.service.update({
      where: { id: state.serviceId },
      data: { verifiedAt: now, verifiedById: state.userId, staleSince: null },
    });
    await tx.auditEvent.create({
      data: {
        actorId: state.userId,
        action: "service.verified",
        entityType: "service",
        entityId: state.serviceId,
        data: {
          via: "email_link",
          previousVerifiedAt: state.verifiedAt?.toISOString() ?? null,
          wasStaleSince: state.staleSince?.toISOString() ?? null,
        },
      },
    });
  });
  return ok({ ...state, verifiedAt: now, staleSince: null });
}
