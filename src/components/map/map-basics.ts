import L from "leaflet";
import { WEST_YORKSHIRE_EXTENT as E } from "@/lib/west-yorkshire";

// Shared by the map islands. Tiles come from MAP_TILE_URL (OpenStreetMap by default); the attribution is
// required by the OpenStreetMap tile and data licences.

export const OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

/** West Yorkshire, for a map with nothing else to show. */
export const WEST_YORKSHIRE_BOUNDS = L.latLngBounds([E.south, E.west], [E.north, E.east]);

export function baseMap(element: HTMLElement, tileUrl: string, options: L.MapOptions = {}): L.Map {
  const map = L.map(element, { scrollWheelZoom: false, ...options });
  L.tileLayer(tileUrl, { attribution: OSM_ATTRIBUTION, maxZoom: 19 }).addTo(map);
  return map;
}

export const pinIcon = (position?: number) =>
  position
    ? L.divIcon({ className: "map-pin map-pin--numbered", html: `<span>${position}</span>`, iconSize: [28, 28] })
    : L.divIcon({ className: "map-pin", iconSize: [16, 16] });

export const originIcon = () => L.divIcon({ className: "map-origin", iconSize: [18, 18] });

/** A popup built from DOM nodes (never from HTML strings: names come from providers and open data). */
export function resultPopup(id: string, name: string, detail: string | null): HTMLElement {
  const box = document.createElement("div");
  const link = document.createElement("a");
  link.href = `/services/${id}`;
  link.textContent = name;
  link.className = "font-bold";
  box.append(link);
  if (detail) {
    const p = document.createElement("p");
    p.textContent = detail;
    p.style.margin = "4px 0 0";
    box.append(p);
  }
  return box;
}
