import type { ChoroplethClass } from "@/lib/insights/choropleth";
import { COMBINED_CLASSES, combinedClassOf, DEPRIVATION_CLASSES } from "@/lib/insights/choropleth";
import type { MapView } from "@/lib/validation/insights";

/** What the map island needs to know about a ward (the figures come with the page, not from a fetch). */
export type MapWard = {
  code: string;
  name: string;
  placeName: string;
  listings: number;
  per10k: number | null;
  imdScore: number | null;
  wyImdRank: number | null;
  deprivationFifth: number | null;
  wyProvisionRank: number | null;
  lowestProvisionFifth: boolean | null;
  /** Index into the provision classes (0 = no listings). */
  provisionClass: number;
};

export function wardColour(ward: MapWard, view: MapView, provision: readonly ChoroplethClass[]): string {
  if (view === "deprivation") return DEPRIVATION_CLASSES[(ward.deprivationFifth ?? 5) - 1]?.colour ?? "#ffffff";
  if (view === "combined") return COMBINED_CLASSES[combinedClassOf(ward)].colour;
  return provision[ward.provisionClass]?.colour ?? "#ffffff";
}

/** The ward's figure in words: the map's accessible name for the ward and its tooltip. */
export function wardLabel(ward: MapWard, view: MapView, wardCount: number): string {
  const where = `${ward.name}, ${ward.placeName}`;
  const rank = ward.wyImdRank === null ? "" : `, deprivation rank ${ward.wyImdRank} of ${wardCount}`;
  if (view === "deprivation") {
    const fifth = DEPRIVATION_CLASSES[(ward.deprivationFifth ?? 0) - 1]?.label.toLowerCase() ?? "deprivation not known";
    return `${where}: ${fifth}${rank}`;
  }
  if (view === "combined") {
    const provision = ward.wyProvisionRank === null ? "" : `, provision rank ${ward.wyProvisionRank} of ${wardCount}`;
    return `${where}: ${COMBINED_CLASSES[combinedClassOf(ward)].label.toLowerCase()}${rank}${provision}`;
  }
  const rate = ward.per10k === null ? "no figure" : `${ward.per10k.toFixed(2)} listings per 10,000 residents`;
  return `${where}: ${rate} (${ward.listings} ${ward.listings === 1 ? "listing" : "listings"})`;
}
