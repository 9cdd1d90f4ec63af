import Link from "next/link";
import type { ReactNode } from "react";

export type SummaryRow = {
  key: ReactNode;
  value: ReactNode;
  /** e.g. { href: "/provider/listings/1/edit#name", label: "Change", hiddenText: "name" } */
  action?: { href: string; label: string; hiddenText: string };
};

/** Key–value pairs as a description list (a listing's details, a check-your-answers page). */
export function SummaryList({ rows, className = "mb-8" }: { rows: readonly SummaryRow[]; className?: string }) {
  return (
    <dl className={className}>
      {rows.map((row, index) => (
        <div key={index} className="border-b border-rule py-3 sm:grid sm:grid-cols-[minmax(0,1fr)_minmax(0,2fr)_minmax(0,8rem)] sm:gap-4">
          <dt className="font-bold">{row.key}</dt>
          <dd className="mt-1 sm:mt-0">{row.value}</dd>
          {row.action ? (
            <dd className="mt-1 sm:mt-0 sm:text-right">
              <Link href={row.action.href}>
                {row.action.label}
                <span className="sr-only"> {row.action.hiddenText}</span>
              </Link>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}
