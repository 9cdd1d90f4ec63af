import type { z } from "zod";
import type { Failure } from "@/lib/result";

/**
 * What a server action returns to its form (see docs/decisions/0005-forms.md). Expected problems are values,
 * never exceptions: per-field messages for the error summary and the fields, and the submitted values so
 * nothing the person typed is lost.
 */
export type FormState = {
  status: "idle" | "error" | "success";
  /** A message for the whole form (e.g. "Too many attempts"), shown in the error summary or a banner. */
  message?: string;
  fieldErrors: Record<string, string>;
  values: Record<string, string | string[]>;
};

export const initialFormState: FormState = { status: "idle", fieldErrors: {}, values: {} };

/** First message per field, keyed by the dotted path ("sessions.0.opensAt"). */
export function fieldErrorsFrom(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "form";
    out[key] ??= issue.message;
  }
  return out;
}

/** The submitted values, to re-fill the form (repeated names become arrays). Files are dropped. */
export function formValues(formData: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string");
    out[key] = all.length > 1 ? all : (all[0] ?? "");
  }
  return out;
}

export function errorState(formData: FormData, fieldErrors: Record<string, string>, message?: string): FormState {
  return { status: "error", fieldErrors, values: formValues(formData), ...(message ? { message } : {}) };
}

/**
 * Errors for a form whose schema failed. A problem with a hidden field (an id or a lock version, listed in
 * `hidden`) is not something the person can fix in place, so it becomes one message about the page rather
 * than a link to a field that is not there.
 */
export function invalidForm(formData: FormData, error: z.ZodError, hidden: readonly string[] = []): FormState {
  const fieldErrors = fieldErrorsFrom(error);
  if (Object.keys(fieldErrors).some((k) => hidden.includes(k.split(".")[0]!))) {
    return errorState(formData, {}, "This page is out of date or incomplete. Reload it and try again.");
  }
  return errorState(formData, fieldErrors);
}

/** A use case's failure (src/lib/result.ts) for the form: its field messages if it has any, else its message. */
export function failureState(formData: FormData, error: Failure): FormState {
  return error.fieldErrors ? errorState(formData, error.fieldErrors) : errorState(formData, {}, error.message);
}

/** Items for the ErrorSummary: field id = the dotted path with dots turned into dashes. */
export function summaryItems(state: FormState): Array<{ fieldId: string; message: string }> {
  const items = Object.entries(state.fieldErrors).map(([path, message]) => ({ fieldId: fieldId(path), message }));
  return items;
}

export function fieldId(path: string): string {
  return path.replace(/\./g, "-");
}

export function valueOf(state: FormState, name: string): string | undefined {
  const v = state.values[name];
  return Array.isArray(v) ? v[0] : v;
}
