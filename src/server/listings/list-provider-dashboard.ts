import "server-only";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import type { Actor } from "@/server/auth/policy";
import { asDraft } from "@/lib/listing-form/draft";
import { continueStep } from "@/lib/listing-form/steps";
import { listingProgress, type ClosedRevision, type OpenRevision, type Progress } from "@/lib/provider/listing-progress";
import type { StepId } from "@/lib/validation/listing-steps";

export type DashboardListing = {
  id: string;
  name: string;
  progress: Progress;
  openRevisionId: string | null;
  continueAt: StepId | "check";
};
export type DashboardOrganisation = { id: string; name: string; role: string; listings: DashboardListing[] };
export type DashboardClaim = {
  id: string;
  serviceId: string;
  serviceName: string;
  organisationName: string;
  status: string;
  reason: string | null;
  createdAt: Date;
};

const OPEN = new Set(["draft", "pending", "changes_requested"]);

/** Everything on /provider: the actor's organisations with their listings and statuses, and their claims. */
export async function listProviderDashboard(
  actor: Actor,
  db: Db = prisma,
): Promise<{ organisations: DashboardOrganisation[]; claims: DashboardClaim[] }> {
  if (!actor?.id) return { organisations: [], claims: [] };
  const decision = { orderBy: { createdAt: "desc" as const }, take: 1, select: { reason: true } };
  const [organisations, claims] = await Promise.all([
    db.organisation.findMany({
      where: { memberships: { some: { userId: actor.id } } },
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        memberships: { where: { userId: actor.id }, select: { role: true } },
        services: {
          orderBy: { updatedAt: "desc" },
          select: {
            id: true,
            name: true,
            listingStatus: true,
            revisions: { orderBy: { createdAt: "desc" }, take: 3, select: { id: true, status: true, data: true, decisions: decision } },
          },
        },
      },
    }),
    db.claimRequest.findMany({
      where: { userId: actor.id },
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        status: true,
        createdAt: true,
        service: { select: { id: true, name: true } },
        organisation: { select: { name: true } },
        decisions: decision,
      },
    }),
  ]);

  return {
    organisations: organisations.map((o) => ({
      id: o.id,
      name: o.name,
      role: o.memberships[0]?.role ?? "member",
      listings: o.services.map((s) => {
        const open = s.revisions.find((r) => OPEN.has(r.status));
        const closed = s.revisions.find((r) => !OPEN.has(r.status));
        return {
          id: s.id,
          name: s.name,
          openRevisionId: open?.id ?? null,
          continueAt: open && open.status !== "changes_requested" ? continueStep(asDraft(open.data)) : "check",
          progress: listingProgress({
            listingStatus: s.listingStatus,
            open: open ? { id: open.id, status: open.status as OpenRevision["status"], reason: open.decisions[0]?.reason ?? null } : null,
            lastClosed: closed ? { status: closed.status as ClosedRevision["status"], reason: closed.decisions[0]?.reason ?? null } : null,
          }),
        };
      }),
    })),
    claims: claims.map((c) => ({
      id: c.id,
      serviceId: c.service.id,
      serviceName: c.service.name,
      organisationName: c.organisation.name,
      status: c.status,
      reason: c.decisions[0]?.reason ?? null,
      createdAt: c.createdAt,
    })),
  };
}
