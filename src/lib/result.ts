// What a use case answers (docs/decisions/0007-policy-and-actions.md). Expected problems — invalid input, a
// lost optimistic lock, a rate limit, "already decided" — are values with a stable `code` for code to branch
// on and a `message` said in words for the person; per-field messages go in `fieldErrors`, keyed by the
// dotted zod path. Exceptions are left for faults nobody expects, and for ForbiddenError (the policy says no).

export type Failure<Code extends string = string> = { code: Code; message: string; fieldErrors?: Record<string, string> };

export type Result<T = undefined, Code extends string = string> = { ok: true; value: T } | { ok: false; error: Failure<Code> };

export function ok(): { ok: true; value: undefined };
export function ok<T>(value: T): { ok: true; value: T };
export function ok<T>(value?: T) {
  return { ok: true as const, value };
}

export function fail<Code extends string>(
  code: Code,
  message: string,
  fieldErrors?: Record<string, string>,
): { ok: false; error: Failure<Code> } {
  return { ok: false, error: fieldErrors ? { code, message, fieldErrors } : { code, message } };
}

/** A validation failure: the messages per field, and one summary line for logs and tests. */
export function invalid(
  fieldErrors: Record<string, string>,
  message = "Some answers need changing.",
): { ok: false; error: Failure<"invalid"> } {
  return fail("invalid", message, fieldErrors);
}
