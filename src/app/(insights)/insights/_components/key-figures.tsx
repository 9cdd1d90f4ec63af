import { formatValue } from "@/lib/insights/format";
import type { AreaCoverage } from "@/lib/insights/types";

/** Four headline figures for the area and category chosen. */
export function KeyFigures({ area, wards, wardsWithout }: { area: AreaCoverage; wards: number; wardsWithout: number }) {
  const figures = [
    { label: "Listings", value: formatValue("count", area.listings) },
    { label: "Per 10,000 residents", value: formatValue("rate", area.per10k) || "–" },
    { label: "Residents more than 1 km from a listing", value: formatValue("percent", area.beyond1kmPct) || "–" },
    { label: `Wards with none (of ${wards})`, value: formatValue("count", wardsWithout) },
  ];
  return (
    <dl className="mb-10 grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="key-figures">
      {figures.map((f) => (
        <div key={f.label} className="flex flex-col-reverse border-t-4 border-brand bg-surface p-3">
          <dt className="text-small">{f.label}</dt>
          <dd className="text-heading-l font-bold tabular-nums">{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}
