import type { Listing, ListingLocation, ListingSession } from "@/lib/validation/listing";
import { listingFields, listingSessionLine, venueFields, venueName, venueText } from "@/lib/listing-words";

// The field-by-field comparison a moderator reads before approving a revision: the live listing (before)
// against the proposed one (after). Pure, so the page, the tests and any export agree on what changed.

export type ChangeKind = "added" | "removed" | "changed" | "unchanged";

export type DiffRow = {
  /** Stable key, e.g. "name", "venue:HX1 1QG:postcode", "session:2". */
  key: string;
  section: string;
  label: string;
  before: string | null;
  after: string | null;
  change: ChangeKind;
  /** For lists: what exactly was added and removed ("Added: Dance. Removed: Choirs."). */
  note?: string;
};

/** Compares two listings. `before` is null for a new listing (everything is "added"). */
export function diffListings(before: Listing | null, after: Listing): DiffRow[] {
  const rows: DiffRow[] = [];
  for (const field of listingFields) {
    if (field.key === "locations") rows.push(...diffVenues(before?.locations ?? [], after.locations));
    else if (field.key === "sessions") rows.push(...diffSessions(before, after));
    else {
      const b = before ? field.format(before) : null;
      const a = field.format(after);
      const list = field.list ? listNote(before ? field.list(before) : [], field.list(after)) : undefined;
      rows.push(row(field.key, field.section, field.label, b, a, list));
    }
  }
  return rows;
}

/** True when anything differs (a revision identical to the live listing changes nothing). */
export function hasChanges(rows: readonly DiffRow[]): boolean {
  return rows.some((r) => r.change !== "unchanged");
}

/** One compared field; empty text counts as not given. Shared with the feed import's diff (oruk-import-diff.ts). */
export function row(key: string, section: string, label: string, before: string | null, after: string | null, note?: string): DiffRow {
  const b = before === "" ? null : before;
  const a = after === "" ? null : after;
  const change: ChangeKind = b === a ? "unchanged" : b === null ? "added" : a === null ? "removed" : "changed";
  // The note says what was added to and removed from a list; for a list that was empty or is now empty the
  // before/after columns already say it all.
  return { key, section, label, before: b, after: a, change, ...(note && change === "changed" ? { note } : {}) };
}

/** "Added: Dance. Removed: Choirs." for a list field. */
export function listNote(before: readonly string[], after: readonly string[]): string | undefined {
  const added = after.filter((x) => !before.includes(x));
  const removed = before.filter((x) => !after.includes(x));
  const parts = [added.length ? `Added: ${added.join(", ")}.` : "", removed.length ? `Removed: ${removed.join(", ")}.` : ""];
  return parts.filter(Boolean).join(" ") || undefined;
}

const venueKey = (l: ListingLocation) => `${l.postcode.toUpperCase()}|${l.address1.trim().toLowerCase()}`;

/** Pairs venues that are the same place (same postcode and first line, else same postcode), then diffs fields. */
function diffVenues(before: readonly ListingLocation[], after: readonly ListingLocation[]): DiffRow[] {
  const pairs: Array<[ListingLocation | null, ListingLocation | null]> = [];
  const left = [...before];
  const right = [...after];
  for (const match of [venueKey, (l: ListingLocation) => l.postcode.toUpperCase()]) {
    for (const a of [...right]) {
      const i = left.findIndex((b) => match(b) === match(a));
      if (i === -1) continue;
      pairs.push([left[i]!, a]);
      left.splice(i, 1);
      right.splice(right.indexOf(a), 1);
    }
  }
  pairs.push(...left.map((b) => [b, null] as [ListingLocation, null]), ...right.map((a) => [null, a] as [null, ListingLocation]));
  pairs.sort(([b1, a1], [b2, a2]) => order(after, before, a1, b1) - order(after, before, a2, b2));

  return pairs.flatMap(([b, a]) => {
    const name = venueName((a ?? b)!);
    const key = `venue:${(a ?? b)!.postcode.toUpperCase()}:${(a ?? b)!.address1.toLowerCase()}`;
    if (!b || !a) return [row(key, "Where", `Venue: ${name}`, b ? venueText(b) : null, a ? venueText(a) : null)];
    return venueFields.map((f) =>
      row(
        `${key}:${f.key}`,
        "Where",
        `Venue: ${name} – ${f.label}`,
        f.format(b),
        f.format(a),
        f.list ? listNote(f.list(b), f.list(a)) : undefined,
      ),
    );
  });
}

function order(
  after: readonly ListingLocation[],
  before: readonly ListingLocation[],
  a: ListingLocation | null,
  b: ListingLocation | null,
): number {
  return a ? after.indexOf(a) : after.length + before.indexOf(b!);
}

/** Sessions compared as whole descriptions (a changed time reads as one removed and one added session). */
function diffSessions(before: Listing | null, after: Listing): DiffRow[] {
  const describe = (l: Listing, s: ListingSession) => listingSessionLine(s, l.locations);
  const old = before ? before.sessions.map((s) => describe(before, s)) : [];
  const proposed = after.sessions.map((s) => describe(after, s));
  const rows: DiffRow[] = [];
  const remaining = [...old];
  proposed.forEach((text, i) => {
    const at = remaining.indexOf(text);
    if (at !== -1) remaining.splice(at, 1);
    rows.push(row(`session:after:${i}`, "When", "Session", at !== -1 ? text : null, text));
  });
  remaining.forEach((text, i) => rows.push(row(`session:before:${i}`, "When", "Session", text, null)));
  if (rows.length === 0) rows.push(row("sessions", "When", "Sessions", null, null));
  return rows;
}
