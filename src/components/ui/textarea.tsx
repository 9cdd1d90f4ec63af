import type { TextareaHTMLAttributes } from "react";
import { controlClass } from "./control-styles";
import { Field, type FieldProps } from "./field";

type NativeProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "id" | "defaultValue" | "value">;

export type TextareaProps = NativeProps & FieldProps & { defaultValue?: string | undefined };

/** A labelled multi-line text box (5 rows by default) with optional hint and error. */
export function Textarea({ name, label, id, hint, error, defaultValue, rows = 5, ...rest }: TextareaProps) {
  return (
    <Field name={name} label={label} id={id} hint={hint} error={error}>
      {(wiring) => (
        <textarea
          {...rest}
          {...wiring}
          name={name}
          rows={rows}
          defaultValue={defaultValue}
          className={controlClass(error, "w-full resize-y")}
        />
      )}
    </Field>
  );
}
