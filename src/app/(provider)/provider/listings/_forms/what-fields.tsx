import { Checkboxes, TextInput, Textarea } from "@/components/ui";
import { categories } from "@/lib/vocabulary";
import { choices, field, type FieldsProps } from "./field-props";

const categoryOptions = categories.map((c) => ({ value: c.code, label: c.name }));

export function WhatFields(props: FieldsProps) {
  return (
    <>
      <TextInput
        {...field(props, "name")}
        label="Name of the activity"
        hint="For example: Square Chapel Community Choir"
        autoComplete="off"
      />
      <Textarea
        {...field(props, "description")}
        label="Describe it"
        hint="What happens, what a first visit is like, and anything people should bring. Plain text, up to 3,000 characters."
        rows={8}
      />
      <Checkboxes
        {...choices(props, "categories")}
        label="What kind of activity is it?"
        hint="Choose up to 5. A moderator checks these before the listing goes live."
        options={categoryOptions}
      />
    </>
  );
}
