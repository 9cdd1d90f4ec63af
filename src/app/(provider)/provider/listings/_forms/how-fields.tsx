import { Checkboxes } from "@/components/ui";
import { choices, type FieldsProps } from "./field-props";

const options = [
  { value: "in_person", label: "At a venue", hint: "Including at your home: you can hide the address on the next page." },
  { value: "online", label: "Online", hint: "For example on Zoom or Teams." },
  { value: "phone", label: "By phone" },
  { value: "home_visit", label: "We visit people at home" },
];

export function HowFields(props: FieldsProps) {
  return (
    <Checkboxes {...choices(props, "attendingTypes")} label="How do people take part?" hint="Choose all that apply." options={options} />
  );
}
