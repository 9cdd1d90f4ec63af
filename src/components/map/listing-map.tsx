"use client";

import dynamic from "next/dynamic";
import type { ListingMapVenue } from "./listing-map-leaflet";

const ListingMapLeaflet = dynamic(() => import("./listing-map-leaflet"), { ssr: false, loading: () => null });

export function ListingMap({ venues, tileUrl }: { venues: ListingMapVenue[]; tileUrl: string }) {
  if (venues.length === 0) return null;
  return (
    <div className="mb-6 h-64 border-2 border-ink bg-surface" data-print="hide">
      <noscript>
        <p className="p-4">The map needs JavaScript. The address is in the “Where” section.</p>
      </noscript>
      <ListingMapLeaflet venues={venues} tileUrl={tileUrl} />
    </div>
  );
}
