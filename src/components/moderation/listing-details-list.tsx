import { SummaryList } from "@/components/ui";
import { listingFields, listingSessionLine, venueText } from "@/lib/listing-words";
import type { Listing } from "@/lib/validation/listing";

/** A listing's details as a summary list, worded exactly as in the moderation diff. */
export function ListingDetailsList({ listing }: { listing: Listing }) {
  const rows = listingFields.map((f) => {
    if (f.key === "locations") return { key: f.label, value: lines(listing.locations.map(venueText)) };
    if (f.key === "sessions") return { key: f.label, value: lines(listing.sessions.map((s) => listingSessionLine(s, listing.locations))) };
    const v = f.format(listing);
    return { key: f.label, value: v ? <span className="whitespace-pre-line">{v}</span> : <span className="text-muted">Not given</span> };
  });
  return <SummaryList rows={rows} />;
}

function lines(items: string[]) {
  if (items.length === 0) return <span className="text-muted">None</span>;
  return (
    <ul className="space-y-1">
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}
