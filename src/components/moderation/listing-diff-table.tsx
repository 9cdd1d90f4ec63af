import type { DiffRow } from "@/lib/listing-diff";
import { ChangeTag } from "./change-tag";

/**
 * The field-by-field comparison of a revision with the live listing. A real table (field, live, proposed,
 * change) so a screen reader announces each cell with its column; every change is a word, never only a
 * colour. A new listing has no live version, so it is shown as field and value. On narrow screens the same
 * rows are a list, one field per block.
 */
export function ListingDiffTable({
  rows,
  caption,
  isNew,
  columns = { before: "Live version", after: "Proposed" },
}: {
  rows: readonly DiffRow[];
  caption: string;
  isNew: boolean;
  /** What the two sides are called (a feed import compares what was last imported with what the feed says now). */
  columns?: { before: string; after: string };
}) {
  if (rows.length === 0) return <p>Nothing to compare.</p>;
  const sections = [...new Set(rows.map((r) => r.section))];
  const cell = "border-b border-rule py-3 pr-4 text-left align-top whitespace-pre-line";
  const headings = isNew ? ["Field", columns.after] : ["Field", columns.before, columns.after, "Change"];
  return (
    <>
      <table className="hidden w-full table-fixed sm:table">
        <caption className="mb-3 text-left text-heading-m font-bold">{caption}</caption>
        <colgroup>
          {(isNew ? ["w-[28%]", "w-[72%]"] : ["w-[22%]", "w-[31%]", "w-[31%]", "w-[16%]"]).map((w) => (
            <col key={w} className={w} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {headings.map((c) => (
              <th key={c} scope="col" className={cell}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        {sections.map((section) => (
          <tbody key={section}>
            <tr>
              <th scope="colgroup" colSpan={headings.length} className="bg-surface px-2 py-2 text-left font-bold">
                {section}
              </th>
            </tr>
            {rows
              .filter((r) => r.section === section)
              .map((r) => (
                <tr key={r.key} data-change={r.change}>
                  <th scope="row" className={`${cell} font-normal`}>
                    {r.label}
                  </th>
                  {isNew ? null : (
                    <td className={cell}>
                      <Value text={r.before} />
                    </td>
                  )}
                  <td className={cell}>
                    <Value text={r.after} />
                  </td>
                  {isNew ? null : (
                    <td className={cell}>
                      <ChangeTag change={r.change} />
                      {r.note ? <p className="mt-1 text-small">{r.note}</p> : null}
                    </td>
                  )}
                </tr>
              ))}
          </tbody>
        ))}
      </table>
      <div className="sm:hidden">
        <h3 className="mb-3 text-heading-m font-bold">{caption}</h3>
        <ul className="space-y-3">
          {rows.map((r) => (
            <li key={r.key} className="border-l-4 border-rule pl-3">
              <p className="font-bold">
                {r.label} {isNew ? null : <ChangeTag change={r.change} />}
              </p>
              {r.note ? <p className="text-small">{r.note}</p> : null}
              {isNew ? (
                <p className="whitespace-pre-line">
                  <Value text={r.after} />
                </p>
              ) : (
                <dl className="mt-1 text-small">
                  <dt className="font-bold">{columns.before}</dt>
                  <dd className="mb-1 whitespace-pre-line">
                    <Value text={r.before} />
                  </dd>
                  <dt className="font-bold">{columns.after}</dt>
                  <dd className="whitespace-pre-line">
                    <Value text={r.after} />
                  </dd>
                </dl>
              )}
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}

function Value({ text }: { text: string | null }) {
  return text === null ? <span className="text-muted">Not given</span> : <>{text}</>;
}
