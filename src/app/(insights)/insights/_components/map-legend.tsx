import type { ChoroplethClass } from "@/lib/insights/choropleth";

/** The map's key: a labelled swatch per class, lightest first, each edged in ink so pale ones still show. */
export function MapLegend({ title, classes }: { title: string; classes: readonly ChoroplethClass[] }) {
  return (
    <div className="mb-3" data-testid="map-legend">
      <p id="map-legend-title" className="mb-1 font-bold">
        {title}
      </p>
      <ul aria-labelledby="map-legend-title" className="flex flex-wrap gap-x-5 gap-y-1">
        {classes.map((c) => (
          <li key={c.label} className="flex items-center gap-2">
            <span aria-hidden="true" className="inline-block size-5 border border-ink" style={{ backgroundColor: c.colour }} />
            {c.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
