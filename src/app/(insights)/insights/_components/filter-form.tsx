import { Button } from "@/components/ui/button";
import { Checkboxes } from "@/components/ui/checkboxes";
import { Select } from "@/components/ui/select";
import { PLACES } from "@/lib/places";
import type { InsightsFilters } from "@/lib/validation/insights";
import { categories } from "@/lib/vocabulary";

export const FILTER_FORM_ID = "insights-filters";

/**
 * The filters as a plain GET form, so the URL holds them and the page works without JavaScript. The map's
 * "colour wards by" radios (rendered by the map island) join this form through their form attribute, so the
 * chosen view survives a change of filters.
 */
export function FilterForm({ filters }: { filters: InsightsFilters }) {
  return (
    <form
      id={FILTER_FORM_ID}
      method="get"
      action="/insights"
      className="mb-10 border-l-4 border-brand bg-surface p-4 sm:p-6"
      data-print="hide"
      aria-labelledby="filters-heading"
    >
      <h2 id="filters-heading" className="mb-4 text-heading-m font-bold">
        Choose what to count
      </h2>
      <div className="grid gap-x-6 sm:grid-cols-2">
        <Select
          name="category"
          label="Category"
          emptyOption="Every category"
          options={categories.map((c) => ({ value: c.code, label: c.name }))}
          defaultValue={filters.category}
        />
        <Select
          name="place"
          label="Place"
          emptyOption="All of West Yorkshire"
          options={PLACES.map((p) => ({ value: p.code, label: p.name }))}
          defaultValue={filters.place}
        />
      </div>
      <Checkboxes
        name="verified"
        label="Listings"
        options={[
          { value: "1", label: "Verified listings only", hint: "Leave out listings nobody has checked with the group that runs them yet." },
        ]}
        defaultValue={filters.verifiedOnly ? ["1"] : []}
      />
      <Button>Show figures</Button>
    </form>
  );
}
