import { Checkboxes } from "@/components/ui";
import { accessibilityFeatures } from "@/lib/vocabulary";
import { choices, type FieldsProps } from "./field-props";

const options = accessibilityFeatures.map((t) => ({ value: t.code, label: t.name }));

export function AccessibilityFields(props: FieldsProps & { venueNames: readonly string[] }) {
  return (
    <>
      <p className="mb-6 max-w-measure">Only tick what is true every time, so people who rely on it can trust it.</p>
      <input type="hidden" name="venueCount" value={props.venueNames.length} />
      {props.venueNames.map((venue, i) => (
        <Checkboxes
          key={i}
          {...choices(props, `locations.${i}.accessibility`)}
          label={props.venueNames.length > 1 ? `At ${venue}` : "What does the venue have?"}
          hint="Choose all that apply."
          options={options}
        />
      ))}
    </>
  );
}
