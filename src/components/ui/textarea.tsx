import type { ReactNode, TextareaHTMLAttributes } from "react";
import { describedBy, fieldIds } from "./field-ids";
import { FieldError } from "./field-error";
import { FormGroup } from "./form-group";
import { Hint } from "./hint";
import { Label } from "./label";
import { controlClass } from "./control-styles";

type NativeProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "id" | "defaultValue" | "value">;

export type TextareaProps = NativeProps & {
  name: string;
  label: ReactNode;
  id?: string;
  hint?: ReactNode;
  error?: string | undefined;
  defaultValue?: string | undefined;
};

/** A labelled multi-line text box (5 rows by default) with optional hint and error. */
export function Textarea({ name, label, id, hint, error, defaultValue, rows = 5, ...rest }: TextareaProps) {
  const ids = fieldIds(id ?? name);
  return (
    <FormGroup error={error}>
      <Label htmlFor={ids.id}>{label}</Label>
      {hint ? <Hint id={ids.hintId}>{hint}</Hint> : null}
      {error ? <FieldError id={ids.errorId}>{error}</FieldError> : null}
      <textarea
        {...rest}
        id={ids.id}
        name={name}
        rows={rows}
        defaultValue={defaultValue}
        aria-describedby={describedBy(ids, { hint, error })}
        aria-invalid={error ? true : undefined}
        className={controlClass(error, "w-full resize-y")}
      />
    </FormGroup>
  );
}
