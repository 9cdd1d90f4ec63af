import "server-only";
import { createReadStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
import { parse } from "csv-parse";

export type CsvRow = Record<string, string>;

/**
 * A CSV file with a header row, as trimmed strings keyed by column name. A `.gz` file is decompressed as it
 * is read (the postcode file travels gzipped in the repository), so it is never held in memory as one string.
 */
export async function readCsv(path: string): Promise<CsvRow[]> {
  const rows: CsvRow[] = [];
  const parser = parse({ columns: true, skip_empty_lines: true, trim: true, bom: true });
  parser.on("readable", () => {
    let row: CsvRow | null;
    while ((row = parser.read() as CsvRow | null) !== null) rows.push(row);
  });
  const source = createReadStream(path);
  await (path.endsWith(".gz") ? pipeline(source, createGunzip(), parser) : pipeline(source, parser));
  return rows;
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
