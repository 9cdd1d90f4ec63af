"use client";

import L from "leaflet";
import "leaflet/dist/leaflet.css";
import { useEffect, useRef, useState } from "react";
import type { BoundaryCollection } from "@/lib/insights/boundaries";
import type { ChoroplethClass } from "@/lib/insights/choropleth";
import { placeName } from "@/lib/places";
import type { MapView } from "@/lib/validation/insights";
import { wardColour, wardLabel, type MapWard } from "./map-types";

type Props = {
  wards: readonly MapWard[];
  provisionClasses: readonly ChoroplethClass[];
  view: MapView;
  showTiles: boolean;
  tileUrl: string;
  /** West Yorkshire's ward count, for "rank 3 of 124". */
  wardCount: number;
  label: string;
};

type Boundaries = { wards: BoundaryCollection; places: BoundaryCollection };
const INK = "#0b0c0c";
/** Mid grey: shows between two white ("no listings") wards and on the darkest fill alike. */
const WARD_EDGE = "#6f777b";

/**
 * The Leaflet choropleth. Wards are filled by the chosen view and outlined in grey, places in ink and named,
 * on a plain background, so the map reads without tiles; tiles are an option. Each ward's SVG shape carries
 * role="img" and its figure as an accessible name; the table under the map has the same figures.
 */
export default function WardMapLeaflet({ wards, provisionClasses, view, showTiles, tileUrl, wardCount, label }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const wardLayer = useRef<L.GeoJSON | null>(null);
  const tiles = useRef<L.TileLayer | null>(null);
  const [boundaries, setBoundaries] = useState<Boundaries | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let cancelled = false;
    fetch("/insights/boundaries.json")
      .then((r) => (r.ok ? (r.json() as Promise<Boundaries>) : Promise.reject(new Error(String(r.status)))))
      .then((b) => !cancelled && setBoundaries(b))
      .catch(() => !cancelled && setFailed(true));
    return () => {
      cancelled = true;
    };
  }, []);

  // Build the map once the outlines are here; rebuild when the wards shown change (another place).
  useEffect(() => {
    if (!container.current || !boundaries) return;
    const byCode = new Map(wards.map((w) => [w.code, w]));
    const instance = L.map(container.current, { zoomSnap: 0.25, scrollWheelZoom: false });
    map.current = instance;
    const layer = L.geoJSON(
      {
        type: "FeatureCollection",
        features: boundaries.wards.features.filter((f) => byCode.has(f.properties.code)),
      } as GeoJSON.FeatureCollection,
      { style: { color: WARD_EDGE, weight: 0.7 } },
    ).addTo(instance);
    wardLayer.current = layer;
    // Place outlines and names, so the map can be read without a street map underneath.
    L.geoJSON(boundaries.places as GeoJSON.FeatureCollection, {
      style: { color: INK, weight: 2, fill: false },
      interactive: false,
      onEachFeature: (feature, placeLayer) => {
        const name = placeName(String(feature.properties?.code));
        if (name) placeLayer.bindTooltip(name, { permanent: true, direction: "center", className: "font-bold" });
      },
    }).addTo(instance);
    instance.fitBounds(layer.getBounds(), { padding: [8, 8] });
    instance.getContainer().setAttribute("aria-label", label);
    return () => {
      instance.remove();
      map.current = null;
      wardLayer.current = null;
      tiles.current = null;
    };
  }, [boundaries, wards, label]);

  // Colours, names and tooltips follow the view without rebuilding the map.
  useEffect(() => {
    const layer = wardLayer.current;
    if (!layer) return;
    const byCode = new Map(wards.map((w) => [w.code, w]));
    layer.eachLayer((l) => {
      const path = l as L.Path & { feature?: GeoJSON.Feature };
      const ward = byCode.get(String(path.feature?.properties?.code));
      if (!ward) return;
      const text = wardLabel(ward, view, wardCount);
      path.setStyle({ fillColor: wardColour(ward, view, provisionClasses), fillOpacity: showTiles ? 0.7 : 1 });
      path.unbindTooltip().bindTooltip(text, { sticky: true });
      const element = path.getElement();
      element?.setAttribute("role", "img");
      element?.setAttribute("aria-label", text);
      element?.setAttribute("data-ward-code", ward.code);
    });
  }, [boundaries, wards, view, provisionClasses, showTiles, wardCount]);

  useEffect(() => {
    const instance = map.current;
    if (!instance) return;
    if (showTiles && !tiles.current) {
      tiles.current = L.tileLayer(tileUrl, { attribution: "© OpenStreetMap contributors", maxZoom: 18 }).addTo(instance);
      tiles.current.bringToBack();
    } else if (!showTiles && tiles.current) {
      tiles.current.remove();
      tiles.current = null;
    }
  }, [boundaries, wards, showTiles, tileUrl]);

  if (failed) {
    return <p className="border-l-4 border-error p-4">The map could not be loaded. The table below has the same figures.</p>;
  }
  return (
    <div
      ref={container}
      className="h-[28rem] w-full border border-rule bg-surface sm:h-[36rem] print:h-[18cm] [&_.leaflet-control-zoom]:print:hidden"
      data-testid="ward-map"
      data-ready={boundaries ? "true" : "false"}
    />
  );
}
