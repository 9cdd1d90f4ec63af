import Link from "next/link";
import { Tag } from "@/components/ui";
import { placeNames } from "@/lib/moderation-words";
import { reportTopicName } from "@/lib/validation/report";
import type { QueueItem } from "@/server/moderation/list-queue";
import { QueueKindTag, queueItemHref } from "./queue-kind-tag";
import { formatDate, waitingFor } from "@/lib/dates";

/** The queue as an ordered list (oldest first): one block per item, readable at any width. */
export function QueueList({ items, now, start }: { items: readonly QueueItem[]; now: Date; start: number }) {
  return (
    <ol className="divide-y divide-rule border-y border-rule" start={start}>
      {items.map((item) => (
        <li key={`${item.kind}:${item.itemId}`} className="py-4" data-kind={item.kind}>
          <p className="mb-1 flex flex-wrap gap-2">
            <QueueKindTag kind={item.kind} />
            {item.behind ? <Tag tone="orange">Made against an older version</Tag> : null}
          </p>
          <h3 className="text-heading-s font-bold">
            <Link href={queueItemHref(item)}>{item.title}</Link>
          </h3>
          <p className="text-small text-muted">
            Waiting {waitingFor(item.since, now)} (since <time dateTime={item.since.toISOString()}>{formatDate(item.since)}</time>) ·{" "}
            {placeNames(item.placeCodes)}
            {detail(item) ? ` · ${detail(item)}` : null}
          </p>
        </li>
      ))}
    </ol>
  );
}

function detail(item: QueueItem): string | null {
  if (!item.detail) return null;
  if (item.kind === "report") return reportTopicName(item.detail);
  if (item.kind === "claim") return `for ${item.detail}`;
  if (item.kind === "import") return `from ${item.detail}`;
  return `by ${item.detail}`;
}
