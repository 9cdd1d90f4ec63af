import type { ReactNode } from "react";
import { accessText, agesText, attendanceText, costText, nextSessionText, sessionLine, termNames } from "@/lib/listing-words";
import { htmlId } from "@/lib/slug";
import { websiteLabel } from "@/lib/external-url";
import { accessWithProvenance, costWithProvenance, type FactKind } from "@/lib/fact-provenance";
import type { PublicListing } from "@/server/listings/read-public-listings";

function Section({ title, children }: { title: string; children: ReactNode }) {
  const headingId = htmlId("section", title);
  return (
    <section className="mb-8" aria-labelledby={headingId}>
      <h2 id={headingId} className="mb-3 text-heading-m font-bold">
        {title}
      </h2>
      <div className="prose-body">{children}</div>
    </section>
  );
}

const factOf = (listing: PublicListing, kind: FactKind) => listing.facts.find((f) => f.fact === kind) ?? null;

export function WhenSection({ listing }: { listing: PublicListing }) {
  return (
    <Section title="When">
      {listing.nextSession ? <p className="text-heading-s font-bold">Next session: {nextSessionText(listing.nextSession)}</p> : null}
      {listing.sessions.length ? (
        <ul>
          {listing.sessions.map((s) => (
            <li key={s.id}>{sessionLine(s, s.venueName)}</li>
          ))}
        </ul>
      ) : (
        <p>Days and times are not listed. Get in touch to check when it runs.</p>
      )}
      {factOf(listing, "schedule")?.note ? <p>{factOf(listing, "schedule")!.note}</p> : null}
    </Section>
  );
}

export function WhereSection({ listing }: { listing: PublicListing }) {
  const remote = attendanceText(listing.attendingTypes.filter((t) => t !== "in_person"));
  return (
    <Section title="Where">
      {listing.venues.map((v) => (
        <div key={v.id} className="mb-4">
          {v.hidden ? (
            <p>
              <strong>{v.area ?? "West Yorkshire"}</strong>. This takes place at someone’s home, so the exact address is given when you get
              in touch.
            </p>
          ) : (
            <address className="not-italic">
              {[v.name, ...(v.address?.lines ?? []), v.address?.postcode].filter(Boolean).map((line, i) => (
                <span key={i} className={i === 0 ? "block font-bold" : "block"}>
                  {line}
                </span>
              ))}
              {v.area ? <span className="block text-muted">{v.area}</span> : null}
            </address>
          )}
          <p className="mt-2">
            <strong>Accessibility:</strong>{" "}
            {v.accessibility.length
              ? termNames("accessibility", v.accessibility).join(", ")
              : factOf(listing, "accessibility")?.note
                ? ""
                : "no information yet. Ask when you get in touch."}
            {factOf(listing, "accessibility")?.note ? ` ${factOf(listing, "accessibility")!.note}` : ""}
          </p>
        </div>
      ))}
      {remote ? <p>Also: {remote}.</p> : null}
      {listing.venues.length === 0 && !remote ? <p>No venue given. Get in touch to find out where it happens.</p> : null}
    </Section>
  );
}

export function CostAndWhoSection({ listing }: { listing: PublicListing }) {
  const audiences = termNames("audience", listing.audiences);
  const needs = termNames("need", listing.needs);
  return (
    <>
      <Section title="Cost">
        <p>{costWithProvenance(listing.isFree, listing.fees, factOf(listing, "cost")) ?? costText(listing.isFree, listing.fees)}</p>
      </Section>
      <Section title="Who it is for">
        <p>{agesText(listing.minimumAge, listing.maximumAge)}</p>
        {audiences.length ? <p>Especially for: {audiences.join(", ")}</p> : null}
        {needs.length ? <p>Can help with: {needs.join(", ")}</p> : null}
      </Section>
    </>
  );
}

export function HowToJoinSection({ listing }: { listing: PublicListing }) {
  const access = accessText(listing.accessTypes);
  const phones = [...new Set([...listing.phones, ...listing.contacts.flatMap((c) => c.phones)])];
  const email = listing.email ?? listing.contacts.find((c) => c.email)?.email ?? null;
  const people = listing.contacts.filter((c) => c.name);
  return (
    <Section title="How to join">
      <p>
        {accessWithProvenance(listing.accessTypes, factOf(listing, "access")) ?? access ?? "Not stated. Get in touch to ask how to join."}
      </p>
      {people.map((c, i) => (
        <p key={i}>
          Contact: {c.name}
          {c.title ? `, ${c.title}` : ""}
        </p>
      ))}
      {phones.map((p) => (
        <p key={p}>
          Phone: <a href={`tel:${p.replace(/[^+\d]/g, "")}`}>{p}</a>
        </p>
      ))}
      {email ? (
        <p>
          Email: <a href={`mailto:${email}`}>{email}</a>
        </p>
      ) : null}
      {listing.url ? (
        <p>
          Website:{" "}
          <a href={listing.url} rel="noopener noreferrer external">
            {websiteLabel(listing.url)}
          </a>
        </p>
      ) : null}
      {!phones.length && !email && !listing.url ? <p>No contact details yet.</p> : null}
    </Section>
  );
}
