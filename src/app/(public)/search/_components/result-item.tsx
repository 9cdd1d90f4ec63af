"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { ShortlistButton } from "@/app/_components/shortlist-button";
import { Tag } from "@/components/ui";
import type { ResultView } from "./result-view";

/**
 * One result: enough to decide whether to open it (what, where, how far, when, cost, checked). A client
 * component only so that the page carries it once as HTML and once as its words (result-view.ts), not as a
 * server-rendered tree; it has no state and renders the same without JavaScript.
 */
export function ResultItem({ result, inShortlist = false }: { result: ResultView; inShortlist?: boolean }) {
  const { id, name } = result;
  return (
    <li data-result-id={id} className="result">
      <span aria-hidden="true" className="result-number">
        {result.position}
      </span>
      <div className="result-body">
        <h3 className="text-heading-s font-bold">
          <Link href={`/services/${id}`}>{name}</Link>
        </h3>
        <p className="text-muted">{result.line}</p>
        <dl className="result-facts">
          {result.facts.map((f) => (
            <Fact key={f.term} term={f.term}>
              {f.unstated ? <strong className="font-bold">{f.text}</strong> : f.text}
              {f.next ? <span className="block">Next: {f.next}</span> : null}
            </Fact>
          ))}
          <Fact term="Get in touch">
            <Contact contact={result.contact} name={name} />
          </Fact>
        </dl>
        <p className="flex flex-wrap gap-2">
          {result.tags.map(([tone, text]) => (
            <Tag key={text} tone={tone}>
              {text}
            </Tag>
          ))}
        </p>
        <ShortlistButton serviceId={id} name={name} inShortlist={inShortlist} />
      </div>
    </li>
  );
}

function Contact({ contact, name }: { contact: ResultView["contact"]; name: string }) {
  if (!contact) return <>No contact details listed: open the listing to see how to join</>;
  const { phone, email, website } = contact;
  return (
    <>
      {phone ? (
        <a href={phone[0]} aria-label={`Phone ${name}: ${phone[1]}`}>
          {phone[1]}
        </a>
      ) : null}
      {phone && email ? " · " : null}
      {email ? (
        <a href={`mailto:${email}`} className="break-all">
          {email}
        </a>
      ) : null}
      {website ? (
        <a href={website[0]} className="break-all" aria-label={`Website of ${name}: ${website[1]}`}>
          {website[1]}
        </a>
      ) : null}
      {contact.source}
    </>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}
