import type { ReactNode } from "react";

/** A numbered part of the page with its h2, which the contents list links to. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="mt-12 scroll-mt-4 print:mt-8">
      <h2 id={`${id}-heading`} className="mb-4 text-heading-l font-bold print:break-after-avoid">
        {title}
      </h2>
      {children}
    </section>
  );
}

export const SECTIONS = [
  { id: "places", title: "Places compared" },
  { id: "categories", title: "Categories in each place" },
  { id: "wards", title: "Wards" },
  { id: "gaps", title: "Gap list: the most deprived wards with the least provision" },
  { id: "deprived-under-served", title: "Deprived and under-served wards" },
  { id: "no-listing", title: "Wards with no listing" },
  { id: "trend", title: "Growth over time" },
  { id: "demand", title: "Unmet demand: searches that found little" },
  { id: "about-these-figures", title: "About these figures" },
] as const;

export type SectionId = (typeof SECTIONS)[number]["id"];

export function sectionTitle(id: SectionId): string {
  return SECTIONS.find((s) => s.id === id)!.title;
}

/** "On this page": links to each section; hidden in print. */
export function Contents() {
  return (
    <nav aria-labelledby="contents-heading" className="mb-8" data-print="hide">
      <h2 id="contents-heading" className="mb-2 text-heading-s font-bold">
        On this page
      </h2>
      <ul className="space-y-1">
        {SECTIONS.map((s) => (
          <li key={s.id}>
            <a href={`#${s.id}`}>{s.title}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** What is being counted, for headings ("Singing and choirs") and sentences ("singing and choirs listings"). */
export type Subject = { name: string; listing: string; listings: string };

export function subjectOf(categoryName: string | undefined): Subject {
  if (!categoryName) return { name: "All categories", listing: "listing", listings: "listings" };
  const lower = categoryName.toLowerCase();
  return { name: categoryName, listing: `${lower} listing`, listings: `${lower} listings` };
}
