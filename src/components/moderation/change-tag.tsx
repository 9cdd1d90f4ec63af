import { Tag, type TagTone } from "@/components/ui";
import type { ChangeKind } from "@/lib/listing-diff";

const words: Record<ChangeKind, { text: string; tone: TagTone }> = {
  changed: { text: "Changed", tone: "yellow" },
  added: { text: "Added", tone: "green" },
  removed: { text: "Removed", tone: "red" },
  unchanged: { text: "Unchanged", tone: "grey" },
};

/** The kind of change as a word (the colour only repeats it). */
export function ChangeTag({ change }: { change: ChangeKind }) {
  return <Tag tone={words[change].tone}>{words[change].text}</Tag>;
}
