import { Button, Select, TextInput } from "@/components/ui";
import { fieldId } from "@/lib/form-state";
import { text } from "@/lib/listing-form/form-values";
import { MAX_SESSION_ROWS, readSessionRows, type SessionFormRow } from "@/lib/listing-form/session-rows";
import { WEEKDAYS } from "@/lib/vocabulary";
import { field, type FieldsProps } from "./field-props";

type Props = FieldsProps & { venueNames: readonly string[] };

const dayOptions = WEEKDAYS.map((d) => ({ value: d.code, label: d.name }));
const intervalOptions = [
  { value: "1", label: "Every week" },
  { value: "2", label: "Every 2 weeks" },
  { value: "3", label: "Every 3 weeks" },
  { value: "4", label: "Every 4 weeks" },
  { value: "monthly", label: "Once a month" },
];
const weekOfMonthOptions = [
  { value: "1", label: "First" },
  { value: "2", label: "Second" },
  { value: "3", label: "Third" },
  { value: "4", label: "Fourth" },
  { value: "-1", label: "Last" },
];

export function WhenFields(props: Props) {
  const rows = readSessionRows(props.values);
  const intent = text(props.values, "intent");
  return (
    <div id="sessions" tabIndex={-1}>
      <p className="mb-6 max-w-measure">
        Add each regular session (every week, every few weeks or once a month), and any one-off dates. If there are no set times (for
        example, by appointment), remove the sessions and say so in the description.
      </p>
      {rows.length === 0 ? <p className="mb-6 font-bold">No sessions added.</p> : null}
      {rows.map((row, i) => (
        <SessionFields key={i} {...props} index={i} row={row} focus={intent.startsWith("add-") && i === rows.length - 1} />
      ))}
      {rows.length < MAX_SESSION_ROWS ? (
        <div className="flex flex-wrap gap-4">
          <Button variant="secondary" name="intent" value="add-weekly">
            Add a weekly session
          </Button>
          <Button variant="secondary" name="intent" value="add-event">
            Add a one-off date
          </Button>
        </div>
      ) : null}
    </div>
  );
}

function SessionFields({ index, row, focus, venueNames, ...props }: Props & { index: number; row: SessionFormRow; focus: boolean }) {
  const path = (name: string) => `sessions.${index}.${name}`;
  const title = row.kind === "weekly" ? `Weekly session ${index + 1}` : `One-off date ${index + 1}`;
  const venuePath = path("locationIndex");
  return (
    <fieldset className="mb-8 border-l-4 border-rule pl-4 sm:pl-6">
      <legend className="mb-4 text-heading-m font-bold">{title}</legend>
      <input type="hidden" name={path("kind")} value={row.kind} />
      {row.kind === "weekly" ? (
        <>
          <Select {...field(props, path("byDay"))} label="Day" options={dayOptions} emptyOption="Choose a day" autoFocus={focus} />
          <div className="flex flex-wrap gap-x-8">
            <Select {...field(props, path("interval"))} label="How often" options={intervalOptions} />
            <Select
              {...field(props, path("weekOfMonth"))}
              label="Week of the month"
              hint="Only for once a month: for example, the first Saturday"
              options={weekOfMonthOptions}
              emptyOption="Not monthly"
            />
          </div>
        </>
      ) : (
        <TextInput {...field(props, path("date"))} label="Date" type="date" width="20ch" autoFocus={focus} />
      )}
      <div className="flex flex-wrap gap-x-8">
        <TextInput {...field(props, path("opensAt"))} label="Starts" type="time" hint="For example 09:30" width="20ch" />
        <TextInput {...field(props, path("closesAt"))} label="Ends" type="time" hint="For example 11:00" width="20ch" />
      </div>
      {venueNames.length > 1 ? (
        <Select
          name={path("venue")}
          id={fieldId(venuePath)}
          label="Venue"
          defaultValue={row.venue || "0"}
          error={props.errors[venuePath]}
          options={venueNames.map((name, i) => ({ value: String(i), label: name }))}
        />
      ) : null}
      <TextInput {...field(props, path("description"))} label="Note (optional)" hint="For example: beginners, or term time only" />
      <Button variant="secondary" name="intent" value={`remove-session-${index}`}>
        Remove<span className="sr-only"> {title.toLowerCase()}</span>
      </Button>
    </fieldset>
  );
}
