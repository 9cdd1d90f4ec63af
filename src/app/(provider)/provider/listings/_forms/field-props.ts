import { fieldId } from "@/lib/form-state";
import { list, text, type FormValues } from "@/lib/listing-form/form-values";

export type FieldsProps = { values: FormValues; errors: Record<string, string> };

/** name / id / defaultValue / error for a field at a dotted path, wired the way the error summary links. */
export function field(props: FieldsProps, path: string) {
  return { name: path, id: fieldId(path), defaultValue: text(props.values, path), error: props.errors[path] };
}

export function choices(props: FieldsProps, path: string) {
  return { name: path, id: fieldId(path), defaultValue: list(props.values, path), error: props.errors[path] };
}
