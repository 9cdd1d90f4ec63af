import type { ReactNode } from "react";
import { describedBy, fieldIds } from "./field-ids";
import { FieldError } from "./field-error";
import { FormGroup } from "./form-group";
import { Hint } from "./hint";
import { Label } from "./label";

/** What every labelled control takes besides its own attributes. */
export type FieldProps = {
  name: string;
  label: ReactNode;
  /** Defaults to `name`; the error summary links to `#id`. */
  id?: string | undefined;
  hint?: ReactNode;
  error?: string | undefined;
};

/** The attributes that tie a control to its label, hint and error. Spread them on the control. */
export type ControlWiring = { id: string; "aria-describedby": string | undefined; "aria-invalid": true | undefined };

/**
 * One question with one control: the label, the hint, the error message and the control, wired the GOV.UK
 * way (hint then error in `aria-describedby`, `aria-invalid` when in error). The control is rendered by
 * `children`, given the attributes to spread on it.
 */
export function Field({ name, label, id, hint, error, children }: FieldProps & { children: (wiring: ControlWiring) => ReactNode }) {
  const ids = fieldIds(id ?? name);
  return (
    <FormGroup error={error}>
      <Label htmlFor={ids.id}>{label}</Label>
      {hint ? <Hint id={ids.hintId}>{hint}</Hint> : null}
      {error ? <FieldError id={ids.errorId}>{error}</FieldError> : null}
      {children({ id: ids.id, "aria-describedby": describedBy(ids, { hint, error }), "aria-invalid": error ? true : undefined })}
    </FormGroup>
  );
}
