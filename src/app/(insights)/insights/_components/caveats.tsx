import Link from "next/link";

/** The caveats a reader needs before trusting a gap, kept short at the top; the detail is further down. */
export function Caveats() {
  return (
    <div className="prose-body mb-8 max-w-measure border-l-4 border-rule pl-4">
      <p className="font-bold">Read these figures with care</p>
      <ul>
        <li>
          Many listings were imported from OpenStreetMap, which volunteers have mapped more fully in some areas (Leeds especially) than
          others. An apparent gap can be missing data rather than missing activities.
        </li>
        <li>Only published listings are counted: nothing waiting for review, rejected or archived.</li>
        <li>
          Ward rankings need enough listings. With fewer listings than wards (under one a ward), most wards have none and one listing more
          or less moves a ward a long way, so the page warns that the ward map, the gap list and the deprived and under-served wards are a
          list to check, not a ranking.
        </li>
        <li>
          Residents are the Census 2021 population. A ward’s population is a best fit from the small areas (LSOAs) inside it, so it is
          approximate.
        </li>
      </ul>
      <p>
        <Link href="#about-these-figures">How each figure is worked out</Link>
      </p>
    </div>
  );
}
