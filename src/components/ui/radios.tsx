import type { ReactNode } from "react";
import { ChoiceGroup, type ChoiceOption } from "./choice-group";

export type RadiosProps = {
  name: string;
  /** The question, shown as the fieldset legend. */
  label: ReactNode;
  options: readonly ChoiceOption[];
  id?: string;
  hint?: ReactNode;
  error?: string | undefined;
  defaultValue?: string | undefined;
  /** Side by side, for two short options such as Yes / No. */
  inline?: boolean;
};

/** Choose exactly one option. A fieldset + legend so the question is read with each choice. */
export function Radios({ defaultValue, ...props }: RadiosProps) {
  return <ChoiceGroup type="radio" selected={defaultValue ? [defaultValue] : []} {...props} />;
}
