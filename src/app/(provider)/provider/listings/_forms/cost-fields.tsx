import { Radios, Textarea } from "@/components/ui";
import { choices, field, type FieldsProps } from "./field-props";

export function CostFields(props: FieldsProps) {
  const free = choices(props, "isFree");
  return (
    <>
      <Radios
        name={free.name}
        id={free.id}
        error={free.error}
        defaultValue={free.defaultValue[0]}
        label="Is it free?"
        options={[
          { value: "yes", label: "Yes, it is free" },
          { value: "no", label: "No, there is a cost" },
        ]}
      />
      <Textarea
        {...field(props, "fees")}
        label="Cost details"
        hint="Needed if there is a cost. For example: £3 a session, first session free, pay what you can, or concessions."
        rows={3}
      />
    </>
  );
}
