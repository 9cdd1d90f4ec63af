import type { ReactNode } from "react";
import { ChoiceGroup, type ChoiceOption } from "./choice-group";

export type CheckboxesProps = {
  name: string;
  /** The question, shown as the fieldset legend. */
  label: ReactNode;
  options: readonly ChoiceOption[];
  id?: string;
  hint?: ReactNode;
  error?: string | undefined;
  /** Values ticked initially; the form posts one `name` entry per ticked box. */
  defaultValue?: readonly string[] | undefined;
  inline?: boolean;
};

/** Choose any number of options ("Select all that apply" belongs in the hint). */
export function Checkboxes({ defaultValue, ...props }: CheckboxesProps) {
  return <ChoiceGroup type="checkbox" selected={defaultValue ?? []} {...props} />;
}
