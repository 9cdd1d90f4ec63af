"use client";

import L from "leaflet";
import "leaflet/dist/leaflet.css";
import "./map.css";
import { useEffect, useRef } from "react";
import { baseMap, pinIcon } from "./map-basics";

export type ListingMapVenue = { lat: number; lng: number; label: string; hidden: boolean };

/** A listing's venues. A hidden address is drawn as a shaded area around the rounded point, never a pin. */
export default function ListingMapLeaflet({ venues, tileUrl }: { venues: ListingMapVenue[]; tileUrl: string }) {
  const element = useRef<HTMLDivElement>(null);
  const signature = JSON.stringify([venues, tileUrl]);
  useEffect(() => {
    const [list, tiles] = JSON.parse(signature) as [ListingMapVenue[], string];
    const map = baseMap(element.current!, tiles, { keyboard: true, zoomSnap: 0.25 });
    const bounds = L.latLngBounds([]);
    for (const v of list) {
      if (v.hidden) {
        L.circle([v.lat, v.lng], { radius: 700, color: "#0f4c5c", weight: 2, fillOpacity: 0.15, interactive: false }).addTo(map);
        bounds.extend(L.latLng(v.lat, v.lng).toBounds(1600));
      } else {
        L.marker([v.lat, v.lng], { icon: pinIcon(), keyboard: false, title: v.label }).addTo(map);
        bounds.extend([v.lat, v.lng]);
      }
    }
    map.fitBounds(bounds.pad(0.2), { animate: false, maxZoom: 15 });
    return () => {
      map.remove();
    };
  }, [signature]);
  return <div ref={element} className="h-full w-full" role="region" aria-label="Map showing where it happens" data-testid="listing-map" />;
}
