export type PlaceCountRow = { code: string; name: string; published: number; notYetVerified: number };

/**
 * Published listings per place as a table. The total row is the sum of the rows; the caption says plainly
 * that a listing offered in two places is counted in both, and how many distinct listings there are.
 */
export function PlaceCountsTable({ places, distinctPublished }: { places: readonly PlaceCountRow[]; distinctPublished: number }) {
  const total = places.reduce((sum, p) => sum + p.published, 0);
  const totalNotVerified = places.reduce((sum, p) => sum + p.notYetVerified, 0);
  const cell = "border-b border-rule py-3 pr-4 text-left align-top";
  const num = "border-b border-rule py-3 pr-4 text-right align-top tabular-nums";
  return (
    <table className="w-full" data-testid="place-counts">
      <caption className="mb-3 text-left text-muted">
        A listing offered in more than one place is counted in each place, so the total can be higher than the number of different listings
        ({distinctPublished.toLocaleString("en-GB")}).
      </caption>
      <thead>
        <tr>
          <th scope="col" className={cell}>
            Place
          </th>
          <th scope="col" className={`${num} text-right`}>
            Published listings
          </th>
          <th scope="col" className={`${num} text-right`}>
            Not yet verified
          </th>
        </tr>
      </thead>
      <tbody>
        {places.map((place) => (
          <tr key={place.code} data-place-code={place.code}>
            <th scope="row" className={`${cell} font-normal`}>
              {place.name}
            </th>
            <td className={num} data-testid="published">
              {place.published.toLocaleString("en-GB")}
            </td>
            <td className={num}>{place.notYetVerified.toLocaleString("en-GB")}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" className={`${cell} font-bold`}>
            Total
          </th>
          <td className={`${num} font-bold`} data-testid="total">
            {total.toLocaleString("en-GB")}
          </td>
          <td className={`${num} font-bold`}>{totalNotVerified.toLocaleString("en-GB")}</td>
        </tr>
      </tfoot>
    </table>
  );
}
