/**
 * Ids that tie a form control to its hint and error message, so every input component wires
 * `aria-describedby` the same way (hint first, then error, as GOV.UK does).
 */
export type FieldIds = { id: string; hintId: string; errorId: string };

export function fieldIds(id: string): FieldIds {
  return { id, hintId: `${id}-hint`, errorId: `${id}-error` };
}

/** Space-separated ids for `aria-describedby`, or undefined when there is nothing to describe. */
export function describedBy(ids: FieldIds, parts: { hint?: unknown; error?: unknown; extra?: string | undefined }): string | undefined {
  const list = [parts.hint ? ids.hintId : null, parts.error ? ids.errorId : null, parts.extra ?? null].filter((value): value is string =>
    Boolean(value),
  );
  return list.length > 0 ? list.join(" ") : undefined;
}
