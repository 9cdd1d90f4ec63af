import "server-only";
import { createHash } from "node:crypto";
import type { ImportedService } from "@/lib/validation/oruk-import";

/** JSON with object keys sorted at every level, so the same value always gives the same text. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/**
 * What a re-import compares: the sha256 of the value as we would write it (not of the feed's raw record),
 * without the feed's own dates: a feed that stamps every answer with a new last_modified has not changed.
 */
export function importHash(value: ImportedService): string {
  return createHash("sha256")
    .update(stableJson({ ...value, lastModified: undefined, assuredDate: undefined }))
    .digest("hex");
}
