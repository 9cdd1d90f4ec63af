"use client";

import dynamic from "next/dynamic";
import { useEffect, useRef, useState, type ChangeEvent } from "react";
import { Checkboxes } from "@/components/ui/checkboxes";
import { Radios } from "@/components/ui/radios";
import { COMBINED_CLASSES, DEPRIVATION_CLASSES, type ChoroplethClass } from "@/lib/insights/choropleth";
import { MAP_VIEWS, type MapView } from "@/lib/validation/insights";
import { MapLegend } from "./map-legend";
import type { MapWard } from "./map-types";

const WardMapLeaflet = dynamic(() => import("./ward-map-leaflet"), {
  ssr: false,
  loading: () => <p className="p-4">Loading the map…</p>,
});

type Props = {
  wards: readonly MapWard[];
  provisionClasses: readonly ChoroplethClass[];
  initialView: MapView;
  tileUrl: string;
  wardCount: number;
  /** e.g. "Singing and choirs" or "every category". */
  subject: string;
  /** The filter form the view radios belong to, so a change of filters keeps the view. */
  formId: string;
};

/**
 * The ward map island: which figure colours the wards, an optional street map underneath, the legend and
 * the map. The view is kept in the URL (?map=deprivation) without reloading the page.
 */
export function WardMap({ wards, provisionClasses, initialView, tileUrl, wardCount, subject, formId }: Props) {
  const [view, setView] = useState<MapView>(initialView);
  const [showTiles, setShowTiles] = useState(false);
  const controls = useRef<HTMLDivElement>(null);

  // The design system's radios take no form attribute; add it so the filter form submits the view too.
  useEffect(() => {
    controls.current?.querySelectorAll<HTMLInputElement>('input[name="map"]').forEach((input) => input.setAttribute("form", formId));
  }, [formId]);

  const onViewChange = (event: ChangeEvent<HTMLDivElement>) => {
    const target = event.target as unknown as HTMLInputElement;
    if (target.name === "map" && (MAP_VIEWS as readonly string[]).includes(target.value)) {
      const next = target.value as MapView;
      setView(next);
      const url = new URL(window.location.href);
      if (next === "provision") url.searchParams.delete("map");
      else url.searchParams.set("map", next);
      window.history.replaceState(null, "", url);
    }
    if (target.name === "tiles") setShowTiles(target.checked);
  };

  const { label, legendTitle, legendClasses } = viewText(view, subject, provisionClasses);
  return (
    <div className="mb-6">
      <div ref={controls} onChange={onViewChange} className="grid gap-x-6 sm:grid-cols-2" data-print="hide">
        <Radios
          name="map"
          label="Colour the wards by"
          inline
          defaultValue={initialView}
          options={[
            { value: "provision", label: "Listings per 10,000 residents" },
            { value: "deprivation", label: "Deprivation (IMD 2025)" },
            { value: "combined", label: "Deprived and under-served" },
          ]}
        />
        <Checkboxes
          name="tiles"
          label="Background"
          options={[{ value: "1", label: "Show a street map underneath", hint: "Loads map pictures from the internet." }]}
        />
      </div>
      <MapLegend title={legendTitle} classes={legendClasses} />
      <WardMapLeaflet
        wards={wards}
        provisionClasses={provisionClasses}
        view={view}
        showTiles={showTiles}
        tileUrl={tileUrl}
        wardCount={wardCount}
        label={label}
      />
    </div>
  );
}

/** The map's accessible name and its legend, for each view. */
function viewText(view: MapView, subject: string, provision: readonly ChoroplethClass[]) {
  switch (view) {
    case "provision":
      return {
        label: `Map of wards coloured by ${subject} listings per 10,000 residents`,
        legendTitle: `${subject} listings per 10,000 residents`,
        legendClasses: provision,
      };
    case "deprivation":
      return {
        label: "Map of wards coloured by deprivation (IMD 2025)",
        legendTitle: "Deprivation, fifths of West Yorkshire’s wards",
        legendClasses: DEPRIVATION_CLASSES,
      };
    case "combined":
      return {
        label: `Map of wards in the most deprived fifth and in the lowest fifth for ${subject} listings per 10,000 residents`,
        legendTitle: `Deprived and under-served: ${subject} listings per 10,000 residents against deprivation`,
        legendClasses: Object.values(COMBINED_CLASSES),
      };
  }
}
