import { Checkboxes, TextInput } from "@/components/ui";
import { audiences, needs } from "@/lib/vocabulary";
import { choices, field, type FieldsProps } from "./field-props";

const audienceOptions = audiences.map((t) => ({ value: t.code, label: t.name }));
const needOptions = needs.map((t) => ({ value: t.code, label: t.name }));

export function WhoFields(props: FieldsProps) {
  return (
    <>
      <fieldset className="mb-6 sm:mb-8">
        <legend className="mb-2 text-heading-m font-bold">Ages</legend>
        <p className="mb-4 text-muted">Leave a box empty if there is no limit.</p>
        <div className="flex flex-wrap gap-x-8">
          <TextInput {...field(props, "minimumAge")} label="Youngest age" inputMode="numeric" width="10ch" />
          <TextInput {...field(props, "maximumAge")} label="Oldest age" inputMode="numeric" width="10ch" />
        </div>
      </fieldset>
      <Checkboxes
        {...choices(props, "audiences")}
        label="Is it especially for any of these people?"
        hint="Choose all that apply, or none if it is for everyone."
        options={audienceOptions}
      />
      <Checkboxes
        {...choices(props, "needs")}
        label="Could it help people with any of these?"
        hint="Link workers use this to find activities for the people they support. Choose all that apply."
        options={needOptions}
      />
    </>
  );
}
