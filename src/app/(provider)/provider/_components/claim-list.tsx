import { Tag, type TagTone } from "@/components/ui";
import type { DashboardClaim } from "@/server/listings/list-provider-dashboard";
import { formatDate } from "@/lib/dates";

const STATUS: Record<string, { text: string; tone: TagTone }> = {
  pending: { text: "Waiting for review", tone: "yellow" },
  approved: { text: "Approved", tone: "green" },
  rejected: { text: "Not approved", tone: "red" },
  withdrawn: { text: "Withdrawn", tone: "grey" },
};

/** The listings this person asked to manage, and how each request is going. */
export function ClaimList({ claims }: { claims: readonly DashboardClaim[] }) {
  return (
    <ul>
      {claims.map((c) => {
        const status = STATUS[c.status] ?? { text: c.status, tone: "grey" as const };
        return (
          <li key={c.id} className="border-b border-rule py-4" data-testid="provider-claim">
            <h3 className="mb-1 text-heading-s font-bold">{c.serviceName}</h3>
            <p className="mb-2 text-muted">
              For {c.organisationName}, asked on {formatDate(c.createdAt)}
            </p>
            <Tag tone={status.tone}>{status.text}</Tag>
            {c.reason ? <p className="mt-2">What the moderator said: {c.reason}</p> : null}
          </li>
        );
      })}
    </ul>
  );
}
