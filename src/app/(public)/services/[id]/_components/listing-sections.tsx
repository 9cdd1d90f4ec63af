import type { ReactNode } from "react";
import { accessText, agesText, attendanceText, nextSessionText, sessionLine, termNames } from "@/lib/listing-words";
import { htmlId } from "@/lib/slug";
import { directionsUrl, telHref, websiteLabel } from "@/lib/external-url";
import { accessWords, costWords, factSourceText, NOT_STATED_TEXT, type FactKind } from "@/lib/fact-provenance";
import { accessibilityOf, contactOf, factOf } from "@/lib/listing-fact-lines";
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

/** Where a stated fact comes from, under it: "Source: From OpenStreetMap; not confirmed". A fact not stated says so itself. */
function FactSource({ listing, kind, stated }: { listing: PublicListing; kind: FactKind; stated: boolean }) {
  if (!stated) return null;
  return (
    <p className="text-small text-muted" data-fact-source={kind}>
      Source: {factSourceText(factOf(listing, kind), stated)}
    </p>
  );
}

export function WhenSection({ listing }: { listing: PublicListing }) {
  const hoursNote = factOf(listing, "schedule")?.note ?? null;
  return (
    <Section title="When">
      {listing.nextSession ? <p className="text-heading-s font-bold">Next session: {nextSessionText(listing.nextSession)}</p> : null}
      {listing.sessions.length ? (
        <ul>
          {listing.sessions.map((s) => (
            <li key={s.id}>{sessionLine(s, s.venueName)}</li>
          ))}
        </ul>
      ) : hoursNote ? null : (
        <p>{NOT_STATED_TEXT} when it runs.</p>
      )}
      {hoursNote ? <p>{hoursNote}</p> : null}
      <FactSource listing={listing} kind="schedule" stated={listing.sessions.length > 0 || Boolean(hoursNote)} />
    </Section>
  );
}

/** A venue's name for a link that must make sense on its own ("Get directions to Dewsbury Library"). */
const venueLabel = (v: PublicListing["venues"][number], listing: PublicListing) => v.name ?? v.address?.lines[0] ?? listing.name;

export function WhereSection({ listing }: { listing: PublicListing }) {
  const remote = attendanceText(listing.attendingTypes.filter((t) => t !== "in_person"));
  return (
    <Section title="Where">
      {listing.venues.map((v) => (
        <div key={v.id} className="mb-4">
          {v.hidden ? (
            <>
              <p>
                <strong>{v.area ?? "West Yorkshire"}</strong>. This takes place at someone’s home, so the exact address is given when you
                get in touch.
              </p>
              <p>No directions: the address is given when you get in touch.</p>
            </>
          ) : (
            <>
              <address className="not-italic">
                {[v.name, ...(v.address?.lines ?? []), v.address?.postcode].filter(Boolean).map((line, i) => (
                  <span key={i} className={i === 0 ? "block font-bold" : "block"}>
                    {line}
                  </span>
                ))}
                {v.area ? <span className="block text-muted">{v.area}</span> : null}
              </address>
              {v.point ? (
                <p className="mt-2">
                  <a href={directionsUrl(v.point)} rel="noopener noreferrer external">
                    Get directions to {venueLabel(v, listing)}
                    <span className="sr-only"> (OpenStreetMap)</span>
                  </a>
                </p>
              ) : null}
            </>
          )}
        </div>
      ))}
      {remote ? <p>Also: {remote}.</p> : null}
      {listing.venues.length === 0 && !remote ? <p>No venue given. Get in touch to find out where it happens.</p> : null}
    </Section>
  );
}

export function AccessibilitySection({ listing }: { listing: PublicListing }) {
  const text = accessibilityOf(listing);
  const note = factOf(listing, "accessibility")?.note ?? null;
  const several = listing.venues.filter((v) => v.accessibility.length).length > 1;
  return (
    <Section title="Accessibility">
      {several ? (
        <ul>
          {listing.venues.map((v) =>
            v.accessibility.length ? (
              <li key={v.id}>
                {venueLabel(v, listing)}: {termNames("accessibility", v.accessibility).join(", ")}
              </li>
            ) : null,
          )}
        </ul>
      ) : null}
      {several ? (
        note ? (
          <p>{note}</p>
        ) : null
      ) : (
        <p>{text ? text.replace(/([^.])$/, "$1.") : `${NOT_STATED_TEXT} about steps, toilets and parking.`}</p>
      )}
      <FactSource listing={listing} kind="accessibility" stated={Boolean(text)} />
    </Section>
  );
}

export function CostAndWhoSection({ listing }: { listing: PublicListing }) {
  const audiences = termNames("audience", listing.audiences);
  const needs = termNames("need", listing.needs);
  const cost = costWords(listing.isFree, listing.fees, factOf(listing, "cost"));
  return (
    <>
      <Section title="Cost">
        <p>{cost ?? NOT_STATED_TEXT}</p>
        <FactSource listing={listing} kind="cost" stated={Boolean(cost)} />
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
  const access = accessWords(listing.accessTypes, factOf(listing, "access")) ?? accessText(listing.accessTypes);
  const { phones, email, url } = contactOf(listing);
  const people = listing.contacts.filter((c) => c.name);
  const anyContact = phones.length > 0 || Boolean(email) || Boolean(url);
  return (
    <Section title="How to join">
      <p>{access ?? NOT_STATED_TEXT}</p>
      <FactSource listing={listing} kind="access" stated={Boolean(access)} />
      <h3 className="mt-4 mb-2 text-heading-s font-bold">Get in touch</h3>
      {people.map((c, i) => (
        <p key={i}>
          Contact: {c.name}
          {c.title ? `, ${c.title}` : ""}
        </p>
      ))}
      {phones.map((p) => (
        <p key={p}>
          Phone: <a href={telHref(p)}>{p}</a>
        </p>
      ))}
      {email ? (
        <p>
          Email: <a href={`mailto:${email}`}>{email}</a>
        </p>
      ) : null}
      {url ? (
        <p>
          Website:{" "}
          <a href={url} rel="noopener noreferrer external">
            {websiteLabel(url)}
          </a>
        </p>
      ) : null}
      {anyContact ? null : <p>No contact details yet.</p>}
      <FactSource listing={listing} kind="contact" stated={anyContact} />
    </Section>
  );
}
