import type { ReactNode } from "react";
import { describedBy, fieldIds } from "./field-ids";
import { FieldError } from "./field-error";
import { FormGroup } from "./form-group";
import { Hint } from "./hint";

export type ChoiceOption = { value: string; label: ReactNode; hint?: ReactNode };

type ChoiceGroupProps = {
  type: "radio" | "checkbox";
  name: string;
  label: ReactNode;
  options: readonly ChoiceOption[];
  id?: string | undefined;
  hint?: ReactNode;
  error?: string | undefined;
  selected: readonly string[];
  inline?: boolean | undefined;
};

/**
 * The shared body of Radios and Checkboxes: a fieldset whose legend is the question. The first option's id is
 * the group id, so an error-summary link to `#id` lands on the first choice (the GOV.UK convention).
 */
export function ChoiceGroup({ type, name, label, options, id, hint, error, selected, inline }: ChoiceGroupProps) {
  const ids = fieldIds(id ?? name);
  return (
    <FormGroup error={error}>
      <fieldset aria-describedby={describedBy(ids, { hint, error })}>
        <legend className="mb-2 font-bold">{label}</legend>
        {hint ? <Hint id={ids.hintId}>{hint}</Hint> : null}
        {error ? <FieldError id={ids.errorId}>{error}</FieldError> : null}
        <div className={inline ? "flex flex-wrap gap-x-6 gap-y-2" : "space-y-2"}>
          {options.map((option, index) => {
            const optionId = index === 0 ? ids.id : `${ids.id}-${index + 1}`;
            const optionHintId = `${optionId}-item-hint`;
            return (
              <div key={option.value} className="choice">
                <input
                  type={type}
                  id={optionId}
                  name={name}
                  value={option.value}
                  defaultChecked={selected.includes(option.value)}
                  aria-describedby={option.hint ? optionHintId : undefined}
                />
                <div>
                  <label htmlFor={optionId}>{option.label}</label>
                  {option.hint ? (
                    <div id={optionHintId} className="text-muted">
                      {option.hint}
                    </div>
                  ) : null}
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </FormGroup>
  );
}
