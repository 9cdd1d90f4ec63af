import { Button, Select } from "@/components/ui";
import { QUEUE_KIND_LABELS } from "@/lib/moderation-words";
import { PLACES, QUEUE_AGES, QUEUE_KINDS, type QueueFilter } from "@/lib/validation/moderation";

/** A plain GET form: the filters live in the URL, so it works without JavaScript and can be shared. */
export function QueueFilters({ filter }: { filter: QueueFilter }) {
  return (
    <form method="get" action="/moderate" className="mb-6 border-b border-rule pb-2 sm:flex sm:flex-wrap sm:items-end sm:gap-x-6">
      <Select
        name="kind"
        label="Kind"
        emptyOption="Everything"
        defaultValue={filter.kind}
        options={QUEUE_KINDS.map((k) => ({ value: k, label: QUEUE_KIND_LABELS[k].many }))}
      />
      <Select
        name="place"
        label="Place"
        emptyOption="All places"
        defaultValue={filter.place}
        options={PLACES.map((p) => ({ value: p.code, label: p.name }))}
      />
      <Select
        name="age"
        label="Waiting"
        emptyOption="Any time"
        defaultValue={filter.age}
        options={QUEUE_AGES.map((a) => ({ value: a, label: `More than ${a} days` }))}
      />
      <div className="mb-6 sm:mb-8">
        <Button variant="secondary">Apply filters</Button>
      </div>
    </form>
  );
}
