import type { OriginalTerm } from "@/lib/oruk-import-diff";

/** The feed's own taxonomy terms, as it gave them, with which of ours each matched, then everything we kept. */
export function ImportTerms({ terms, kept }: { terms: readonly OriginalTerm[]; kept: ReadonlyArray<{ label: string; names: string[] }> }) {
  const cell = "border-b border-rule py-2 pr-4 text-left align-top";
  return (
    <>
      {terms.length === 0 ? (
        <p className="mb-4">The feed gave no taxonomy terms.</p>
      ) : (
        <table className="mb-4 w-full">
          <caption className="mb-2 text-left font-bold">The feed&rsquo;s terms</caption>
          <thead>
            <tr>
              {["Term", "Taxonomy and code", "Matched to ours"].map((h) => (
                <th key={h} scope="col" className={cell}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {terms.map((t, i) => (
              <tr key={`${t.taxonomy}:${t.code}:${i}`}>
                <th scope="row" className={`${cell} font-normal`}>
                  {t.name}
                </th>
                <td className={cell}>{[t.taxonomy, t.code].filter(Boolean).join(": ") || "Not given"}</td>
                <td className={cell}>
                  {t.ours.length ? t.ours.join(", ") : <span className="text-muted">Not matched: kept as the feed gave it</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="font-bold">What we kept</p>
      {kept.length === 0 ? (
        <p>None of our categories, audiences or needs.</p>
      ) : (
        <ul className="list-disc pl-5">
          {kept.map((k) => (
            <li key={k.label}>
              {k.label}: {k.names.join(", ")}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
