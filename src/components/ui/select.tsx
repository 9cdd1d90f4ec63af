import type { ReactNode, SelectHTMLAttributes } from "react";
import { describedBy, fieldIds } from "./field-ids";
import { FieldError } from "./field-error";
import { FormGroup } from "./form-group";
import { Hint } from "./hint";
import { Label } from "./label";
import { controlClass } from "./control-styles";

export type SelectOption = { value: string; label: string };

type NativeProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, "name" | "id" | "defaultValue" | "value" | "multiple">;

export type SelectProps = NativeProps & {
  name: string;
  label: ReactNode;
  options: readonly SelectOption[];
  id?: string;
  hint?: ReactNode;
  error?: string | undefined;
  defaultValue?: string | undefined;
  /** Adds a first option with an empty value, e.g. "Any place". */
  emptyOption?: string;
};

/** A labelled drop-down. Prefer Radios for fewer than about 7 options: they show every choice at once. */
export function Select({ name, label, options, id, hint, error, defaultValue, emptyOption, ...rest }: SelectProps) {
  const ids = fieldIds(id ?? name);
  return (
    <FormGroup error={error}>
      <Label htmlFor={ids.id}>{label}</Label>
      {hint ? <Hint id={ids.hintId}>{hint}</Hint> : null}
      {error ? <FieldError id={ids.errorId}>{error}</FieldError> : null}
      <select
        {...rest}
        id={ids.id}
        name={name}
        defaultValue={defaultValue ?? ""}
        aria-describedby={describedBy(ids, { hint, error })}
        aria-invalid={error ? true : undefined}
        className={controlClass(error, "w-full sm:w-auto")}
      >
        {emptyOption !== undefined ? <option value="">{emptyOption}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FormGroup>
  );
}
