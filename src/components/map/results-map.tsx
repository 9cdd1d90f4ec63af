"use client";

import dynamic from "next/dynamic";
import type { ResultsMapProps } from "./results-map-leaflet";

// Leaflet needs `window`, so the map is a client-only island loaded after the page (the list never waits for
// it). Without JavaScript the box says so; every result is in the list.
const ResultsMapLeaflet = dynamic(() => import("./results-map-leaflet"), { ssr: false, loading: () => null });

export function ResultsMap(props: ResultsMapProps) {
  return (
    <div className="h-64 border-2 border-ink bg-surface sm:h-80" data-print="hide">
      <noscript>
        <p className="p-4">The map needs JavaScript. Every result is in the list.</p>
      </noscript>
      <ResultsMapLeaflet {...props} />
    </div>
  );
}
