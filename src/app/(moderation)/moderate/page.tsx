import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading, Pagination } from "@/components/ui";
import { QUEUE_KIND_LABELS } from "@/lib/moderation-words";
import { QUEUE_KINDS, queueFilterSchema, type QueueFilter } from "@/lib/validation/moderation";
import { requireRole } from "@/server/auth/permissions";
import { listQueue, QUEUE_PAGE_SIZE } from "@/server/moderation/list-queue";
import { countVerificationQueue } from "@/server/moderation/list-verification-batch";
import { DoneBanner } from "./_components/done-banner";
import { QueueFilters } from "./_components/queue-filters";
import { QueueList } from "./_components/queue-list";

export const metadata: Metadata = { title: "Moderation queue" };

type Params = Promise<Record<string, string | string[] | undefined>>;

export default async function ModerationQueuePage({ searchParams }: { searchParams: Params }) {
  const user = await requireRole("moderator", "/moderate");
  const params = await searchParams;
  const filter = queueFilterSchema.parse(params);
  const now = new Date();
  const [queue, toVerify] = await Promise.all([listQueue(filter, user, undefined, now), countVerificationQueue(user)]);
  const pages = Math.max(1, Math.ceil(queue.total / QUEUE_PAGE_SIZE));
  const first = (filter.page - 1) * QUEUE_PAGE_SIZE + 1;
  return (
    <>
      <PageHeading caption="Moderate">Moderation queue</PageHeading>
      <DoneBanner done={params.done} />
      <p className="mb-4 max-w-measure">
        Everything waiting for a moderator, oldest first: new listings, changes to live listings, claims, reports from the public and
        listings gone out of date. Imported listings to verify have their own queue, most wanted first.
      </p>
      <nav aria-label="Kinds of item" className="mb-6">
        <ul className="flex flex-wrap gap-x-4 gap-y-2">
          <li>
            <KindLink filter={filter} kind={undefined} label="Everything" count={Object.values(queue.counts).reduce((a, b) => a + b, 0)} />
          </li>
          {QUEUE_KINDS.map((k) => (
            <li key={k}>
              <KindLink filter={filter} kind={k} label={QUEUE_KIND_LABELS[k].many} count={queue.counts[k]} />
            </li>
          ))}
        </ul>
      </nav>
      <QueueFilters filter={filter} />
      <h2 className="mb-2 text-heading-m font-bold" id="results">
        {queue.total === 0 ? "Nothing waiting" : `${queue.total.toLocaleString("en-GB")} waiting`}
      </h2>
      {queue.total === 0 ? (
        <p>Nothing matches these filters. Well done.</p>
      ) : (
        <>
          <p className="mb-3 text-muted">
            Showing {first} to {first + queue.items.length - 1}, oldest first.
          </p>
          <QueueList items={queue.items} now={now} start={first} />
        </>
      )}
      <Pagination currentPage={filter.page} totalPages={pages} hrefForPage={(p) => queueHref(filter, { page: p })} label="Queue pages" />
      {toVerify > 0 ? (
        <p className="mt-6">
          <Link href="/moderate/verify">Verify imported listings</Link> ({toVerify.toLocaleString("en-GB")} waiting)
        </p>
      ) : null}
    </>
  );
}

function KindLink({ filter, kind, label, count }: { filter: QueueFilter; kind: QueueFilter["kind"]; label: string; count: number }) {
  const current = filter.kind === kind;
  return (
    <Link href={queueHref(filter, { kind, page: 1 })} aria-current={current ? "page" : undefined} className={current ? "font-bold" : ""}>
      {label} ({count})
    </Link>
  );
}

function queueHref(filter: QueueFilter, change: Partial<QueueFilter>): string {
  const next = { ...filter, ...change };
  const q = new URLSearchParams();
  if (next.kind) q.set("kind", next.kind);
  if (next.place) q.set("place", next.place);
  if (next.age) q.set("age", next.age);
  if (next.page > 1) q.set("page", String(next.page));
  const s = q.toString();
  return s ? `/moderate?${s}` : "/moderate";
}
