"use client";

import Form from "next/form";
import { Button, Checkboxes, Radios, Select, TextInput } from "@/components/ui";
import { PLACES } from "@/lib/places";
import { SEARCH_EXAMPLES } from "@/lib/search/search-examples";
import { RADIUS_CHOICES_KM, TIMES_OF_DAY } from "@/lib/search/search-choices";
import type { SearchQuery } from "@/lib/validation/search";
import { ACCESS_TYPES, ATTENDING_TYPES, WEEKDAYS, accessibilityFeatures, audiences, categories, needs } from "@/lib/vocabulary";
import { FilterGroup } from "./filter-group";

type Errors = Partial<Record<string, string>>;

const hidden = (text: string) => <span className="sr-only">{text}</span>;

/** A filter option with the number of published listings that have it ("Dance and movement (11)"). */
const counted = (name: string, count: number) => (
  <>
    {`${name} `}
    <span className="text-muted">{`(${count.toLocaleString("en-GB")})`}</span>
  </>
);

/** What a link worker looks for, beside the name of the fact we hold. */
const ACCESSIBILITY_HINTS: Partial<Record<string, string>> = { "step-free-access": "Wheelchair accessible: no steps, or a ramp or lift" };

/** Published listings per category and need code (codes with none are absent). */
export type ListingCounts = { category: Readonly<Record<string, number>>; need: Readonly<Record<string, number>> };

/** Wards by place, as [code, name] pairs, in the order the drop-down lists them. */
export type WardGroups = ReadonlyArray<readonly [place: string, wards: ReadonlyArray<readonly [code: string, name: string]>]>;

/**
 * The whole search as one GET form: it works without JavaScript (the browser builds the URL) and, with it,
 * next/form navigates without a full reload. Field names are the URL contract.
 *
 * A client component although it has no state of its own: its dozens of options then reach the browser once in
 * the cached script (the vocabulary) and once as HTML, instead of also as a server-rendered tree in every page's
 * React payload. So it takes only what differs between requests, compactly (docs/decisions/0019-page-weight-and-caching.md).
 */
type Props = { query: SearchQuery; wards: WardGroups; counts: ListingCounts; errors: Errors; typed: Errors };

export function SearchForm({ query, wards, counts, errors, typed }: Props) {
  const radii: number[] = [...RADIUS_CHOICES_KM];
  if (query.radius !== undefined && !radii.includes(query.radius)) radii.push(query.radius);
  radii.sort((a, b) => a - b);
  const bbox = query.bbox ? [query.bbox.west, query.bbox.south, query.bbox.east, query.bbox.north].join(",") : null;
  return (
    <Form action="/search" role="search" aria-label="Search for activities" id="search-form">
      <TextInput
        name="q"
        label="What are you looking for?"
        hint={`For example: ${SEARCH_EXAMPLES.join(", ")}`}
        defaultValue={errors.q ? typed.q : query.q}
        error={errors.q}
        spellCheck
      />
      <TextInput
        name="postcode"
        label="Postcode"
        hint="A full postcode or the first part, like BD7 1DP or BD7"
        defaultValue={errors.postcode ? typed.postcode : query.postcode}
        error={errors.postcode}
        autoComplete="postal-code"
        width="10ch"
      />
      <Select
        name="radius"
        label="Distance from the postcode"
        options={radii.map((km) => ({ value: String(km), label: `Within ${km} km` }))}
        defaultValue={String(query.radius ?? 5)}
        error={errors.radius}
      />
      <Button>Search</Button>

      <h2 className="mt-8 mb-2 text-heading-m font-bold">Filters</h2>
      <FilterGroup title="Type of activity" chosen={query.category.length} open={Boolean(errors.category)}>
        <Checkboxes
          name="category"
          label={hidden("Type of activity")}
          options={categories.map((c) => ({ value: c.code, label: counted(c.name, counts.category[c.code] ?? 0) }))}
          defaultValue={query.category}
          error={errors.category}
        />
      </FilterGroup>
      <FilterGroup
        title="Day and time"
        chosen={Number(Boolean(query.day)) + Number(Boolean(query.time))}
        // Open from the start: "when can they go?" and "what does it cost?" are asked on nearly every call.
        open
      >
        <p className="mb-4 text-muted">
          Listings that do not say when they run are shown after those that do, under “Not stated — ask them”.
        </p>
        <Select
          name="day"
          label="Day"
          emptyOption="Any day"
          options={WEEKDAYS.map((d) => ({ value: d.slug, label: d.name }))}
          defaultValue={query.day}
          error={errors.day}
        />
        <Select
          name="time"
          label="Time of day"
          emptyOption="Any time"
          options={TIMES_OF_DAY.map((t) => ({ value: t.code, label: `${t.name} (${t.hint})` }))}
          defaultValue={query.time}
          error={errors.time}
        />
      </FilterGroup>
      <FilterGroup title="Cost and age" chosen={Number(query.free) + Number(query.age !== undefined)} open>
        <Checkboxes
          name="free"
          label="Cost"
          options={[{ value: "1", label: "Free only" }]}
          defaultValue={query.free ? ["1"] : []}
          error={errors.free}
        />
        <TextInput
          name="age"
          label="Age of the person"
          hint="Shows activities open to someone of that age"
          inputMode="numeric"
          defaultValue={errors.age ? typed.age : query.age}
          error={errors.age}
          width="5ch"
        />
      </FilterGroup>
      <FilterGroup title="Who it is for" chosen={query.audience.length} open={Boolean(errors.audience)}>
        <Checkboxes
          name="audience"
          label={hidden("Who it is for")}
          hint="Shows activities for any of the groups you choose"
          options={audiences.map((a) => ({ value: a.code, label: a.name }))}
          defaultValue={query.audience}
          error={errors.audience}
        />
      </FilterGroup>
      <FilterGroup title="Helps with" chosen={query.need.length} open={Boolean(errors.need)}>
        <Checkboxes
          name="need"
          label={hidden("Helps with")}
          hint="Shows activities whose organisers say they help with any of the things you choose. Only organisers who list their own activity say this; listings from open data do not, so this narrows the search a lot."
          options={needs.map((n) => ({ value: n.code, label: counted(n.name, counts.need[n.code] ?? 0) }))}
          defaultValue={query.need}
          error={errors.need}
        />
      </FilterGroup>
      <FilterGroup title="Accessibility and wheelchair access" chosen={query.accessibility.length} open={Boolean(errors.accessibility)}>
        <Checkboxes
          name="accessibility"
          label={hidden("Accessibility and wheelchair access")}
          hint="Shows activities that have all the features you choose. For a wheelchair user, choose step-free access."
          options={accessibilityFeatures.map((a) => ({ value: a.code, label: a.name, hint: ACCESSIBILITY_HINTS[a.code] }))}
          defaultValue={query.accessibility}
          error={errors.accessibility}
        />
      </FilterGroup>
      <FilterGroup
        title="How to take part and join"
        chosen={query.attendance.length + query.access.length}
        open={Boolean(errors.attendance || errors.access)}
      >
        <Checkboxes
          name="attendance"
          label="Taking part"
          options={ATTENDING_TYPES.map((a) => ({ value: a.code, label: a.name }))}
          defaultValue={query.attendance}
          error={errors.attendance}
        />
        <Checkboxes
          name="access"
          label="Joining"
          options={ACCESS_TYPES.map((a) => ({ value: a.code, label: a.name }))}
          defaultValue={query.access}
          error={errors.access}
        />
      </FilterGroup>
      <FilterGroup
        title="Area"
        chosen={Number(Boolean(query.place)) + Number(Boolean(query.ward)) + Number(Boolean(bbox))}
        open={Boolean(errors.place || errors.ward || errors.bbox)}
      >
        <Select
          name="place"
          label="Place"
          emptyOption="All of West Yorkshire"
          options={PLACES.map((p) => ({ value: p.code, label: p.name }))}
          defaultValue={query.place}
          error={errors.place}
        />
        <Select
          name="ward"
          label="Ward"
          emptyOption="Any ward"
          options={wards.flatMap(([place, list]) => list.map(([code, name]) => ({ value: code, label: name, group: place })))}
          defaultValue={query.ward}
          error={errors.ward}
        />
        {bbox ? (
          <Checkboxes
            name="bbox"
            label="Map"
            options={[{ value: bbox, label: "Only the map area you chose" }]}
            defaultValue={[bbox]}
            error={errors.bbox}
          />
        ) : null}
      </FilterGroup>
      <FilterGroup title="Listings not yet verified" chosen={Number(!query.unverified)} open={Boolean(errors.unverified)}>
        <Radios
          name="unverified"
          label={hidden("Listings not yet verified")}
          options={[
            { value: "1", label: "Include them", hint: "Most listings come from open data and nobody has checked them with the group yet" },
            { value: "0", label: "Verified listings only" },
          ]}
          defaultValue={query.unverified ? "1" : "0"}
          error={errors.unverified}
        />
      </FilterGroup>
      <Button variant="secondary" className="mt-6">
        Apply filters
      </Button>
    </Form>
  );
}
