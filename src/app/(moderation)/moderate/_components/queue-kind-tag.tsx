import { Tag, type TagTone } from "@/components/ui";
import { QUEUE_KIND_LABELS } from "@/lib/moderation-words";
import type { QueueKind } from "@/lib/validation/moderation";

const tones: Record<QueueKind, TagTone> = {
  new_listing: "blue",
  edit: "purple",
  claim: "green",
  report: "red",
  stale: "orange",
  import: "grey",
};

export function QueueKindTag({ kind }: { kind: QueueKind }) {
  return <Tag tone={tones[kind]}>{QUEUE_KIND_LABELS[kind].one}</Tag>;
}

/** Where a queue item is dealt with. */
export function queueItemHref(item: { kind: QueueKind; itemId: string; serviceId: string }): string {
  if (item.kind === "new_listing" || item.kind === "edit") return `/moderate/revisions/${item.itemId}`;
  if (item.kind === "claim") return `/moderate/claims/${item.itemId}`;
  if (item.kind === "report") return `/moderate/reports/${item.itemId}`;
  if (item.kind === "import") return `/moderate/imports/${item.itemId}`;
  return `/moderate/listings/${item.serviceId}`;
}
