import type { DiffRow } from "@/lib/listing-diff";
import { ChangeTag } from "./change-tag";

/**
 * The field-by-field comparison of a revision with the live listing. A real table (field, live, proposed,
 * change) so a screen reader announces each cell with its column; every change is a word, never only a
 * colour. On narrow screens the same rows are shown as a list, one field per block.
 */
export function ListingDiffTable({ rows, caption, isNew }: { rows: readonly DiffRow[]; caption: string; isNew: boolean }) {
  if (rows.length === 0) return <p>Nothing to compare.</p>;
  const sections = [...new Set(rows.map((r) => r.section))];
  const cell = "border-b border-rule py-3 pr-4 text-left align-top whitespace-pre-line";
  const beforeLabel = isNew ? "Live version (none: new listing)" : "Live version";
  return (
    <>
      <table className="hidden w-full table-fixed sm:table">
        <caption className="mb-3 text-left text-heading-m font-bold">{caption}</caption>
        <colgroup>
          <col className="w-[22%]" />
          <col className="w-[31%]" />
          <col className="w-[31%]" />
          <col className="w-[16%]" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col" className={cell}>Field</th>
            <th scope="col" className={cell}>{beforeLabel}</th>
            <th scope="col" className={cell}>Proposed</th>
            <th scope="col" className={cell}>Change</th>
          </tr>
        </thead>
        {sections.map((section) => (
          <tbody key={section}>
            <tr>
              <th scope="colgroup" colSpan={4} className="bg-surface px-2 py-2 text-left font-bold">
                {section}
              </th>
            </tr>
            {rows
              .filter((r) => r.section === section)
              .map((r) => (
                <tr key={r.key} data-change={r.change}>
                  <th scope="row" className={`${cell} font-normal`}>{r.label}</th>
                  <td className={cell}><Value text={r.before} /></td>
                  <td className={cell}><Value text={r.after} /></td>
                  <td className={cell}>
                    <ChangeTag change={r.change} />
                    {r.note ? <p className="mt-1 text-small">{r.note}</p> : null}
                  </td>
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
                {r.label} <ChangeTag change={r.change} />
              </p>
              {r.note ? <p className="text-small">{r.note}</p> : null}
              <dl className="mt-1 text-small">
                <dt className="font-bold">{beforeLabel}</dt>
                <dd className="mb-1 whitespace-pre-line"><Value text={r.before} /></dd>
                <dt className="font-bold">Proposed</dt>
                <dd className="whitespace-pre-line"><Value text={r.after} /></dd>
              </dl>
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
