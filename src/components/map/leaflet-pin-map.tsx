"use client";

import "leaflet/dist/leaflet.css";
import L from "leaflet";
import { useEffect, useState } from "react";
import { MapContainer, Marker, TileLayer, useMap } from "react-leaflet";
import { nudge, round, type Direction } from "@/lib/listing-form/pin";
import type { VenuePinMapProps } from "./venue-pin-map";

// A CSS/SVG pin: no marker image files to serve, and it stays sharp at any zoom.
const pinIcon = L.divIcon({
  className: "",
  html: '<svg width="30" height="42" viewBox="0 0 30 42" aria-hidden="true"><path d="M15 41C15 41 29 24 29 15A14 14 0 0 0 1 15c0 9 14 26 14 26z" fill="#0f4c5c" stroke="#fff" stroke-width="2"/><circle cx="15" cy="15" r="5" fill="#fff"/></svg>',
  iconSize: [30, 42],
  iconAnchor: [15, 41],
});

const DIRECTIONS: Array<{ direction: Direction; arrow: string }> = [
  { direction: "north", arrow: "↑" },
  { direction: "south", arrow: "↓" },
  { direction: "west", arrow: "←" },
  { direction: "east", arrow: "→" },
];

function FollowPin({ lat, lng }: { lat: number; lng: number }) {
  const map = useMap();
  useEffect(() => {
    map.panTo([lat, lng]);
  }, [map, lat, lng]);
  return null;
}

export default function LeafletPinMap({ lat, lng, tileUrl, label, onMove }: VenuePinMapProps) {
  const [said, setSaid] = useState("");
  const move = (direction: Direction) => {
    const next = nudge({ lat, lng }, direction);
    onMove(next.lat, next.lng);
    setSaid(`Pin moved 10 metres ${direction}.`);
  };
  return (
    <div className="mb-6">
      <div role="group" aria-label={`Map of ${label}`} className="border-2 border-ink">
        <MapContainer center={[lat, lng]} zoom={17} scrollWheelZoom={false} style={{ height: "16rem", width: "100%" }}>
          <TileLayer url={tileUrl} attribution='&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors' />
          <Marker
            position={[lat, lng]}
            icon={pinIcon}
            draggable
            keyboard={false}
            title={`Pin for ${label}`}
            eventHandlers={{
              dragend: (event) => {
                const p = (event.target as L.Marker).getLatLng();
                onMove(round(p.lat), round(p.lng));
                setSaid("Pin moved.");
              },
            }}
          />
          <FollowPin lat={lat} lng={lng} />
        </MapContainer>
      </div>
      <p className="mt-2 mb-2 text-muted">Drag the pin onto the entrance, or move it with these buttons:</p>
      <div className="flex flex-wrap gap-2">
        {DIRECTIONS.map(({ direction, arrow }) => (
          <button
            key={direction}
            type="button"
            onClick={() => move(direction)}
            className="min-h-11 min-w-11 cursor-pointer border-2 border-ink bg-canvas px-3 font-bold focus-visible:bg-focus"
          >
            <span aria-hidden="true">{arrow} </span>
            <span className="sr-only">Move pin </span>
            {direction[0]!.toUpperCase() + direction.slice(1)}
          </button>
        ))}
      </div>
      <p aria-live="polite" className="sr-only">
        {said}
      </p>
    </div>
  );
}
