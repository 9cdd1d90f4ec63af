import { Fragment, type SelectHTMLAttributes } from "react";
import { controlClass } from "./control-styles";
import { Field, type FieldProps } from "./field";

/** `group` puts the option under an <optgroup> of that label (options of one group must be consecutive). */
export type SelectOption = { value: string; label: string; group?: string };

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
          {groupsOf(options).map(([group, list], index) =>
            group === undefined ? (
              <Fragment key={index}>{list.map(optionOf)}</Fragment>
            ) : (
              <optgroup key={group} label={group}>
                {list.map(optionOf)}
              </optgroup>
            ),
          )}
        </select>
      )}
    </Field>
  );
}

const optionOf = (option: SelectOption) => (
  <option key={option.value} value={option.value}>
    {option.label}
  </option>
);

/** Runs of consecutive options with the same group. */
function groupsOf(options: readonly SelectOption[]): Array<[string | undefined, SelectOption[]]> {
  const runs: Array<[string | undefined, SelectOption[]]> = [];
  for (const option of options) {
    const last = runs.at(-1);
    if (last && last[0] === option.group) last[1].push(option);
    else runs.push([option.group, [option]]);
  }
  return runs;
}
