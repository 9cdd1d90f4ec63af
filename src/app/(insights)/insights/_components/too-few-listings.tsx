import { NotificationBanner } from "@/components/ui/notification-banner";
import { formatValue } from "@/lib/insights/format";
import type { RankingReliability } from "@/lib/insights/ranking";
import type { Subject } from "./section";

/** Near the top of the page: the figures below rank wards on fewer listings than there are wards. */
export function TooFewListings({ reliability, subject }: { reliability: RankingReliability; subject: Subject }) {
  if (!reliability.tooFew) return null;
  return (
    <NotificationBanner id="too-few-listings" title="Too few listings to rank wards">
      <p className="max-w-measure" data-testid="too-few-listings">
        There {reliability.listings === 1 ? "is" : "are"} {formatValue("count", reliability.listings)}{" "}
        {reliability.listings === 1 ? subject.listing : subject.listings} for the {formatValue("count", reliability.wards)} wards shown:
        fewer than one a ward, so most wards have none and one listing more or less moves a ward a long way up or down. Read the ward map,
        the gap list and the deprived and under-served wards as a list of places to check, not as a ranking. The place figures are steadier.
      </p>
    </NotificationBanner>
  );
}

/** The same warning, short, at the top of each ward ranking. */
export function TooFewNote({ reliability, subject }: { reliability: RankingReliability; subject: Subject }) {
  if (!reliability.tooFew) return null;
  return (
    <p className="mb-4 max-w-measure border-l-4 border-brand pl-4 font-bold" data-testid="too-few-note">
      Too few {subject.listings} to rank wards ({formatValue("count", reliability.listings)} for {formatValue("count", reliability.wards)}{" "}
      wards): treat this order as a list to check, not as evidence.
    </p>
  );
}
