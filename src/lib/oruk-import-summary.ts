// What an Open Referral import did (or, in a dry run, would do), and the words the command prints for it.

export type ImportAction = { sourceId: string; name: string; action: "new" | "changed" | "duplicate"; status: "published" | "waiting" };

export type ImportSummary = {
  feed: string;
  dryRun: boolean;
  fetched: number;
  new: number;
  changed: number;
  unchanged: number;
  /** Of the unchanged, how many still wait for a moderator (--trust does not publish over a person's check). */
  stillWaiting: number;
  /** Waiting changes taken out of the queue because the feed no longer says them. */
  withdrawn: number;
  skipped: Array<{ sourceId: string | null; reason: string }>;
  duplicatesSuggested: number;
  waitingForModerators: number;
  published: number;
  /** Listings waiting because a venue has no point we could trust. */
  needingAPoint: number;
  /** Each service the import touched (not the unchanged ones). */
  actions: ImportAction[];
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The lines printed at the end of `npm run import:oruk`. */
export function importSummaryLines(s: ImportSummary): string[] {
  const would = s.dryRun ? "would be " : "";
  const touched = s.new + s.changed + s.duplicatesSuggested + s.withdrawn;
  const lines: string[] = [];
  if (s.dryRun) lines.push("Dry run: nothing was written.");
  if (touched === 0) {
    lines.push(
      `Nothing ${s.dryRun ? "would change" : "changed"}: ${plural(s.unchanged, "service is", "services are")} as the feed has them.`,
    );
  } else {
    if (s.dryRun)
      for (const a of s.actions)
        lines.push(`  ${a.action.padEnd(9)} ${a.status === "published" ? "publish" : "queue  "}  ${a.sourceId}  ${a.name}`);
    lines.push(
      `Fetched ${s.fetched}: ${s.new} new, ${s.changed} changed, ${s.unchanged} unchanged, ${s.skipped.length} skipped, ${plural(s.duplicatesSuggested, "duplicate")} suggested.`,
      `${s.published} ${would}published; ${s.waitingForModerators} ${would}waiting for moderators${s.needingAPoint ? ` (${s.needingAPoint} with a venue to place on the map)` : ""}.`,
    );
    if (s.withdrawn)
      lines.push(
        `${plural(s.withdrawn, "waiting change")} ${would || "was "}taken out of the moderation queue: the feed no longer says it.`,
      );
  }
  if (s.stillWaiting) {
    lines.push(
      `${plural(s.stillWaiting, "unchanged service is", "unchanged services are")} still waiting for a moderator (at /moderate): a duplicate to decide, a venue to place on the map, or a listing a person has checked.`,
    );
  }
  if (s.skipped.length) {
    lines.push(`Skipped ${s.skipped.length}:`);
    for (const k of s.skipped) lines.push(`  ${k.sourceId ?? "(no id)"}: ${k.reason}`);
  }
  return lines;
}
