import type { SelectHTMLAttributes } from "react";
import { controlClass } from "./control-styles";
import { Field, type FieldProps } from "./field";

export type SelectOption = { value: string; label: string };

type NativeProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, "name" | "id" | "defaultValue" | "value" | "multiple">;

export type SelectProps = NativeProps &
  FieldProps & {
    options: readonly SelectOption[];
    defaultValue?: string | undefined;
    /** Adds a first option with an empty value, e.g. "Any place". */
    emptyOption?: string;
  };

/** A labelled drop-down. Prefer Radios for fewer than about 7 options: they show every choice at once. */
export function Select({ name, label, options, id, hint, error, defaultValue, emptyOption, ...rest }: SelectProps) {
  return (
    <Field name={name} label={label} id={id} hint={hint} error={error}>
      {(wiring) => (
        <select {...rest} {...wiring} name={name} defaultValue={defaultValue ?? ""} className={controlClass(error, "w-full sm:w-auto")}>
          {emptyOption !== undefined ? <option value="">{emptyOption}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
