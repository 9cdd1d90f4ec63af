import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

// Bulk loading for the benchmarks: `COPY … FROM STDIN` in PostgreSQL's text format, an order of magnitude
// faster than INSERTs for a million rows (no per-statement planning, no parameter arrays).

/** Rows held column by column: { column: values }, every column as long as the others. */
export type Rows = { [column: string]: unknown[] };

/** One value in COPY's text format: \N for null, arrays and enums as their literal text. */
export function copyValue(value: unknown): string {
  if (value === null || value === undefined) return "\\N";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "boolean") return value ? "t" : "f";
  return String(value).replace(/[\\\t\n\r]/g, (c) => ({ "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" })[c]!);
}

/** The rows as COPY text lines, in chunks (a million rows need not be one string). */
export function* copyLines(rows: Rows, constants: unknown[] = [], chunk = 2000): Generator<string> {
  const columns = Object.values(rows);
  const n = columns[0]?.length ?? 0;
  const tail = constants.map(copyValue);
  for (let start = 0; start < n; start += chunk) {
    let text = "";
    for (let i = start; i < Math.min(n, start + chunk); i++) {
      text += [...columns.map((c) => copyValue(c[i])), ...tail].join("\t") + "\n";
    }
    yield text;
  }
}

/**
 * COPYs the rows into `table`: the Rows' keys name its columns, in order; `constants` adds columns with the
 * same value on every row (e.g. { source: "bench" }).
 */
export async function copyRows(client: pg.Client, table: string, rows: Rows, constants: Record<string, unknown> = {}): Promise<void> {
  if ((Object.values(rows)[0]?.length ?? 0) === 0) return;
  const columns = [...Object.keys(rows), ...Object.keys(constants)].map((c) => `"${c}"`).join(", ");
  const stream = client.query(copyFrom(`COPY "${table}" (${columns}) FROM STDIN`));
  await pipeline(Readable.from(copyLines(rows, Object.values(constants))), stream);
}
