import "server-only";
import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";

export type CsvRow = Record<string, string>;

/** A CSV file with a header row, as trimmed strings keyed by column name. */
export async function readCsv(path: string): Promise<CsvRow[]> {
  const text = await readFile(path, "utf8");
  return parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true }) as CsvRow[];
}

/** A number from a CSV cell, or null when the cell is empty or not a number. */
export function numberOrNull(value: string | undefined): number | null {
  if (value === undefined || value.trim() === "" || value === "NA") return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

export function intOrNull(value: string | undefined): number | null {
  const n = numberOrNull(value);
  return n === null ? null : Math.round(n);
}

/** Split rows into chunks for bulk statements. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
