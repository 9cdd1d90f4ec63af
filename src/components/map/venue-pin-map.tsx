"use client";

import dynamic from "next/dynamic";

export type VenuePinMapProps = {
  lat: number;
  lng: number;
  /** Tile URL template (env MAP_TILE_URL); tiles are fetched by the browser only. */
  tileUrl: string;
  /** The venue, for the map's label ("Map of Square Chapel"). */
  label: string;
  onMove: (lat: number, lng: number) => void;
};

// Leaflet touches `window`, so the map loads in the browser only. Without JavaScript the pin simply sits at
// the postcode's centre (the hidden fields carry it), which is the no-JS fallback.
const LeafletPinMap = dynamic(() => import("./leaflet-pin-map"), {
  ssr: false,
  loading: () => <div className="h-64 w-full bg-surface" />,
});

/** A map with a draggable pin and buttons that nudge it, for putting a venue's pin on its entrance. */
export function VenuePinMap(props: VenuePinMapProps) {
  return <LeafletPinMap {...props} />;
}
