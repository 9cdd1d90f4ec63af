// CSV that opens cleanly in Excel: UTF-8 with a byte-order mark (so "Men’s sheds" and "£" survive), CRLF line
// ends, RFC 4180 quoting (csv-stringify, the writing half of the csv-parse we read with). Text that a
// spreadsheet would run as a formula (= + - @ tab CR) gets a leading apostrophe; negative numbers do not.
// Every CSV we write (insights tables, the directory exports) goes through here.
import { stringify, type Options } from "csv-stringify/sync";

export type CsvValue = string | number | null | undefined;

export const CSV_BOM = "\uFEFF";

const OPTIONS: Options = {
  record_delimiter: "\r\n",
  escape_formulas: true,
  // Leading or trailing spaces survive a round trip only when quoted; a lone LF or CR inside a field is not
  // the CRLF record delimiter, so csv-stringify would leave it bare and Excel would split the row.
  quoted_match: [/^\s|\s$/, /[\r\n]/],
  cast: { number: (n) => (Number.isFinite(n) ? String(n) : "") },
};

/** Rows as CSV lines, each ending in CRLF, without a BOM: for a file written in pieces (header first). */
export function csvLines(rows: readonly (readonly CsvValue[])[]): string {
  return rows.length === 0 ? "" : stringify(rows as CsvValue[][], OPTIONS);
}

/** One value as it appears between the commas. */
export function csvField(value: CsvValue): string {
  return csvLines([[value]]).replace(/\r\n$/, "");
}

/** A whole CSV document: BOM, header row, then one line per row. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return `${CSV_BOM}${csvLines([header, ...rows])}`;
}
