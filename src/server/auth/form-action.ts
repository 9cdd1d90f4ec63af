import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import type { Role } from "@/generated/prisma/enums";
import { errorState, failureState, formValues, invalidForm, type FormState } from "@/lib/form-state";
import type { Failure, Result } from "@/lib/result";
import { requireRole, requireUser } from "@/server/auth/permissions";
import { ForbiddenError, type Actor } from "@/server/auth/policy";
import { isDatabaseUnavailable, NOT_SAVED_DATABASE_DOWN } from "@/server/db/database-unavailable";
import { databaseIsReachable, noteDatabaseUnavailable } from "@/server/health/database-verdict";

export type FormActionOptions<Data, Value> = {
  /** Who may post: any signed-in person ("user") or a role (admins always qualify). Checked first. */
  allow: "user" | Role | Role[];
  /** Where sign-in sends the person back to. */
  returnTo: string;
  /** The shared zod schema (src/lib/validation/) and what of the form it reads. */
  schema: z.ZodType<Data>;
  input: (formData: FormData) => unknown;
  /** Hidden fields (ids, lock versions): a problem with one means the page is out of date. */
  hidden?: readonly string[];
  run: (data: Data, actor: Actor) => Promise<Result<Value>>;
  /** How a ForbiddenError from the use case is shown: on a field, or as the form's message. */
  forbidden?: { field?: string; message?: string };
  /** A failure shown differently from the default (its fieldErrors, else its message). */
  failure?: (error: Failure, formData: FormData) => FormState;
  /** Revalidated after success, before `done`. */
  revalidate?: { path: string; type?: "layout" | "page" };
  /** After success: usually redirect() (which throws, so it is called outside every try), or a success state. */
  done: (value: Value, data: Data, formData: FormData) => FormState | never | Promise<FormState>;
};

/**
 * The one shape of a server action behind a form (docs/decisions/0007-policy-and-actions.md): authorise →
 * parse with the shared schema → run the use case → revalidate → redirect or answer with a FormState.
 * Expected problems come back as values (src/lib/result.ts) and become the form's error summary.
 */
export async function formAction<Data, Value>(formData: FormData, options: FormActionOptions<Data, Value>): Promise<FormState> {
  return unlessDatabaseDown(formValues(formData), () => runFormAction(formData, options));
}

/**
 * Runs an action; if it could not reach the database, answers "not saved" with `values` (what was sent) so
 * the form comes back exactly as it was. Every other error, redirect() included, passes through.
 */
export async function unlessDatabaseDown(values: FormState["values"], work: () => Promise<FormState>): Promise<FormState> {
  // Known down (or not answering the probe within 1.5 s): say so now rather than wait on a database that
  // may hang until the statement timeout.
  if (!(await databaseIsReachable())) return notSavedState(values);
  try {
    return await work();
  } catch (error) {
    nullIfDatabaseDown(error);
    return notSavedState(values);
  }
}

/** For `requireUser(…).catch(nullIfDatabaseDown)` in an action: null when the database is down, else rethrows. */
export function nullIfDatabaseDown(error: unknown): null {
  if (!isDatabaseUnavailable(error)) throw error;
  noteDatabaseUnavailable();
  console.error("form action: database unreachable:", error instanceof Error ? error.message : error);
  return null;
}

/** "Not saved", with everything that was sent. */
export function notSavedState(values: FormState["values"]): FormState {
  return { status: "error", message: NOT_SAVED_DATABASE_DOWN, fieldErrors: {}, values };
}

async function runFormAction<Data, Value>(formData: FormData, options: FormActionOptions<Data, Value>): Promise<FormState> {
  const actor = options.allow === "user" ? await requireUser(options.returnTo) : await requireRole(options.allow, options.returnTo);
  const parsed = options.schema.safeParse(options.input(formData));
  if (!parsed.success) return invalidForm(formData, parsed.error, options.hidden);
  let result: Result<Value>;
  try {
    result = await options.run(parsed.data, actor);
  } catch (error) {
    if (!(error instanceof ForbiddenError)) throw error;
    const message = options.forbidden?.message ?? error.message;
    return options.forbidden?.field ? errorState(formData, { [options.forbidden.field]: message }) : errorState(formData, {}, message);
  }
  if (!result.ok) return options.failure ? options.failure(result.error, formData) : failureState(formData, result.error);
  if (options.revalidate) revalidatePath(options.revalidate.path, options.revalidate.type);
  return options.done(result.value, parsed.data, formData);
}

/** Reads the named fields of a form (a missing one is undefined, so zod's defaults and messages apply). */
export function pick(formData: FormData, ...names: string[]): Record<string, FormDataEntryValue | undefined> {
  return Object.fromEntries(names.map((n) => [n, formData.get(n) ?? undefined]));
}
