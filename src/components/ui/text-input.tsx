import type { InputHTMLAttributes } from "react";
import { controlClass, widths, type ControlWidth } from "./control-styles";
import { Field, type FieldProps } from "./field";

type NativeProps = Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id" | "defaultValue" | "value" | "width">;

export type TextInputProps = NativeProps &
  FieldProps & {
    defaultValue?: string | number | undefined;
    width?: ControlWidth;
  };

/** A labelled single-line text input with optional hint and error, wired for assistive technology. */
export function TextInput({ name, label, id, hint, error, defaultValue, width = "full", type = "text", ...rest }: TextInputProps) {
  return (
    <Field name={name} label={label} id={id} hint={hint} error={error}>
      {(wiring) => (
        <input {...rest} {...wiring} type={type} name={name} defaultValue={defaultValue} className={controlClass(error, widths[width])} />
      )}
    </Field>
  );
}
