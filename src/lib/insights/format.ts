import { formatMonth } from "@/lib/dates";

// How the insights page writes numbers (the CSV export keeps the raw values).

export type ColumnKind = "text" | "count" | "rate" | "percent" | "change" | "score" | "rank" | "month";

/** "+26%" style wording for a rate against West Yorkshire's. */
export function formatChange(percent: number): string {
  if (percent === 0) return "About the same";
  return percent > 0 ? `${percent}% higher` : `${Math.abs(percent)}% lower`;
}

/** A value as the page shows it; null (no figure) is an empty string, which the table renders as a dash. */
export function formatValue(kind: ColumnKind, value: string | number | null): string {
  if (value === null || value === "") return "";
  if (typeof value === "string") return kind === "month" ? formatMonth(value) : value;
  switch (kind) {
    case "rate":
      return value.toFixed(2);
    case "percent":
      return `${value.toFixed(1)}%`;
    case "change":
      return formatChange(value);
    case "score":
      return value.toFixed(1);
    default:
      return value.toLocaleString("en-GB");
  }
}
