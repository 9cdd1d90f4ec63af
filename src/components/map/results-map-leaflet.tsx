"use client";

import L from "leaflet";
import "leaflet.markercluster";
import "leaflet/dist/leaflet.css";
import "leaflet.markercluster/dist/MarkerCluster.css";
import "./map.css";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { distanceText } from "@/lib/listing-words";
import { unpackMapPoints } from "@/lib/search/map-points";
import type { Bbox } from "@/lib/validation/search";
import { WEST_YORKSHIRE_BOUNDS, baseMap, originIcon, pinIcon, resultPopup } from "./map-basics";

// Markers and clusters stay out of the tab order: the list beside the map holds the same results, so a
// keyboard user is never made to tab through hundreds of pins. The map itself is focusable (arrow keys pan,
// +/- zoom) and "Search this area" is a real button.
L.MarkerCluster.mergeOptions({ keyboard: false });

export type ResultsMapProps = {
  /** From packMapPoints: every point, those listed on this page with their number there (the list's numbers). */
  points: string;
  origin: { lat: number; lng: number; label: string } | null;
  radiusM: number | null;
  bbox: Bbox | null;
  tileUrl: string;
  /** The current search's URL without map area or page; "Search this area" adds `bbox`. */
  areaSearchHref: string;
  /** The id of the results list whose items carry `data-result-id`. */
  listId: string;
};

export default function ResultsMapLeaflet(props: ResultsMapProps) {
  const element = useRef<HTMLDivElement>(null);
  const router = useRouter();
  const [movedTo, setMovedTo] = useState<string | null>(null);
  const { listId } = props;
  // The server sends fresh props on every render (e.g. after a shortlist change); rebuild the map only when
  // what it shows has changed, so the person's panning is kept.
  const signature = JSON.stringify([props.points, props.origin, props.radiusM, props.bbox, props.tileUrl]);

  useEffect(() => {
    const [packed, origin, radiusM, bbox, tileUrl] = JSON.parse(signature) as [
      string,
      ResultsMapProps["origin"],
      number | null,
      Bbox | null,
      string,
    ];
    const map = baseMap(element.current!, tileUrl, { keyboard: true, zoomSnap: 0.25 });
    const cluster = L.markerClusterGroup({
      showCoverageOnHover: false,
      maxClusterRadius: 40,
      iconCreateFunction: (c) => L.divIcon({ className: "map-cluster", html: `<span>${c.getChildCount()}</span>`, iconSize: [38, 38] }),
    });
    const markers = new Map<string, L.Marker>();
    const points = unpackMapPoints(packed);
    for (const { id, lat, lng, name, distanceM, position } of points) {
      const marker = L.marker([lat, lng], { icon: pinIcon(position ?? undefined), keyboard: false, title: name, riseOnHover: true });
      marker.bindPopup(resultPopup(id, name, distanceM === null ? null : `${distanceText(distanceM)} away`));
      marker.on("click", () => selectListItem(id));
      markers.set(id, marker);
      // This page's results always show as their numbered pin; the rest of the results cluster.
      if (position) marker.addTo(map);
      else cluster.addLayer(marker);
    }
    map.addLayer(cluster);

    if (origin)
      L.marker([origin.lat, origin.lng], { icon: originIcon(), keyboard: false, title: `Searched from ${origin.label}` }).addTo(map);
    if (bbox)
      map.fitBounds(
        [
          [bbox.south, bbox.west],
          [bbox.north, bbox.east],
        ],
        { animate: false },
      );
    else if (origin && radiusM) {
      map.fitBounds(L.latLng(origin.lat, origin.lng).toBounds(radiusM * 2), { animate: false });
      L.circle([origin.lat, origin.lng], { radius: radiusM, color: "#0f4c5c", weight: 2, fill: false, interactive: false }).addTo(map);
    } else if (points.length)
      map.fitBounds(L.latLngBounds(points.map((p) => [p.lat, p.lng])), { animate: false, maxZoom: 15, padding: [20, 20] });
    else map.fitBounds(WEST_YORKSHIRE_BOUNDS, { animate: false });

    // Only the person's own panning and zooming offers "Search this area", not our initial fit.
    const moved = () => {
      const b = map.getBounds();
      const r = (n: number) => n.toFixed(5);
      setMovedTo([r(b.getWest()), r(b.getSouth()), r(b.getEast()), r(b.getNorth())].join(","));
    };
    map.on("dragend zoomend", moved);
    map.on("keydown", (e) => {
      if (["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "+", "-", "="].includes((e as L.LeafletKeyboardEvent).originalEvent.key))
        map.once("moveend", moved);
    });

    let highlighted: Element | null = null;
    const highlight = (id: string | null) => {
      highlighted?.classList.remove("is-highlighted");
      highlighted = null;
      const marker = id ? markers.get(id) : undefined;
      if (!marker) return;
      const shown = (cluster.hasLayer(marker) ? (cluster.getVisibleParent(marker) as L.Marker | null) : marker)?.getElement() ?? null;
      shown?.classList.add("is-highlighted");
      highlighted = shown;
    };
    const list = document.getElementById(listId);
    const idOf = (e: Event) => (e.target as Element | null)?.closest?.("[data-result-id]")?.getAttribute("data-result-id") ?? null;
    const enter = (e: Event) => highlight(idOf(e));
    const leave = () => highlight(null);
    list?.addEventListener("mouseover", enter);
    list?.addEventListener("focusin", enter);
    list?.addEventListener("mouseleave", leave);
    list?.addEventListener("focusout", leave);
    return () => {
      list?.removeEventListener("mouseover", enter);
      list?.removeEventListener("focusin", enter);
      list?.removeEventListener("mouseleave", leave);
      list?.removeEventListener("focusout", leave);
      map.remove();
      setMovedTo(null);
    };
  }, [signature, listId]);

  const searchArea = () => {
    if (!movedTo) return;
    const join = props.areaSearchHref.includes("?") ? "&" : "?";
    router.push(`${props.areaSearchHref}${join}bbox=${movedTo}`);
  };

  return (
    <div className="relative h-full">
      <div
        ref={element}
        className="h-full w-full"
        role="region"
        aria-label="Map of the results. The list shows the same results. Use the arrow keys to move the map."
        data-testid="results-map"
      />
      {movedTo ? (
        <div className="absolute top-2 left-1/2 z-[1000] -translate-x-1/2">
          <button
            type="button"
            onClick={searchArea}
            className="min-h-11 cursor-pointer border-2 border-ink bg-canvas px-4 py-2 font-bold shadow-[0_2px_0_var(--color-ink)]"
          >
            Search this area
          </button>
        </div>
      ) : null}
    </div>
  );
}

/** Clicking a marker shows its result in the list (when it is on this page). */
function selectListItem(id: string) {
  for (const el of document.querySelectorAll("[data-result-id][data-selected]")) el.removeAttribute("data-selected");
  const item = document.querySelector(`[data-result-id="${CSS.escape(id)}"]`);
  if (!item) return;
  item.setAttribute("data-selected", "true");
  item.scrollIntoView({ block: "nearest", behavior: "smooth" });
}
