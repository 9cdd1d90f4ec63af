import type { InputHTMLAttributes, ReactNode } from "react";
import { describedBy, fieldIds } from "./field-ids";
import { FieldError } from "./field-error";
import { FormGroup } from "./form-group";
import { Hint } from "./hint";
import { Label } from "./label";
import { controlClass, widths, type ControlWidth } from "./control-styles";

type NativeProps = Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id" | "defaultValue" | "value" | "width">;

export type TextInputProps = NativeProps & {
  name: string;
  label: ReactNode;
  /** Defaults to `name`; the error summary links to `#id`. */
  id?: string;
  hint?: ReactNode;
  error?: string | undefined;
  defaultValue?: string | number | undefined;
  width?: ControlWidth;
};

/** A labelled single-line text input with optional hint and error, wired for assistive technology. */
export function TextInput({ name, label, id, hint, error, defaultValue, width = "full", type = "text", ...rest }: TextInputProps) {
  const ids = fieldIds(id ?? name);
  return (
    <FormGroup error={error}>
      <Label htmlFor={ids.id}>{label}</Label>
      {hint ? <Hint id={ids.hintId}>{hint}</Hint> : null}
      {error ? <FieldError id={ids.errorId}>{error}</FieldError> : null}
      <input
        {...rest}
        type={type}
        id={ids.id}
        name={name}
        defaultValue={defaultValue}
        aria-describedby={describedBy(ids, { hint, error })}
        aria-invalid={error ? true : undefined}
        className={controlClass(error, widths[width])}
      />
    </FormGroup>
  );
}
