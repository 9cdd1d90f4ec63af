import { describeHistoryEntry } from "@/lib/moderation-words";
import { formatDateTime } from "@/lib/dates";

type Entry = { id: string; at: Date; action: string; actor: string | null; data: Record<string, unknown> };

/** A listing's full history, newest first, each entry with when, what, who and why. */
export function HistoryList({ entries }: { entries: readonly Entry[] }) {
  if (entries.length === 0) return <p>Nothing has happened to this listing yet.</p>;
  return (
    <ol className="space-y-4">
      {entries.map((e) => {
        const { title, detail } = describeHistoryEntry(e);
        return (
          <li key={e.id} className="border-l-4 border-brand pl-3">
            <p className="font-bold">{title}</p>
            <p className="text-small text-muted">
              <time dateTime={e.at.toISOString()}>{formatDateTime(e.at)}</time>
              {" · "}
              {e.actor ?? (e.action.startsWith("report.created") ? "a member of the public" : "the directory")}
            </p>
            {detail ? <p className="mt-1">{detail}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}
