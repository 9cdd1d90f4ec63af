import "server-only";
import { accessText, costText, nextSessionText, sessionText, termNames } from "@/lib/listing-words";
import type { PublicListing } from "@/server/listings/read-public-listings";

/** The facts of one activity a person needs to go, as label–value lines (shared by the text and HTML mail). */
export function shortlistFacts(l: PublicListing): Array<[label: string, value: string]> {
  const facts: Array<[string, string]> = [];
  const what = termNames("category", l.categories).join(", ");
  if (what) facts.push(["What", what]);
  const when = l.sessions.map((s) => sessionText(s));
  facts.push(["When", when.length ? when.join("; ") : "Days and times not listed: get in touch to check"]);
  if (l.nextSession) facts.push(["Next session", nextSessionText(l.nextSession)]);
  const where = l.venues.map((v) => {
    if (v.hidden) return `${v.area ?? "West Yorkshire"} (the exact address is given when you get in touch)`;
    if (v.address) return [v.name, ...v.address.lines, v.address.postcode].filter(Boolean).join(", ");
    return [v.name, v.area].filter(Boolean).join(", ") || "West Yorkshire";
  });
  if (where.length) facts.push(["Where", where.join("; ")]);
  facts.push(["Cost", costText(l.isFree, l.fees)]);
  const join = accessText(l.accessTypes);
  if (join) facts.push(["How to join", join]);
  const phones = [...l.phones, ...l.contacts.flatMap((c) => c.phones)];
  if (phones.length) facts.push(["Phone", [...new Set(phones)].join(", ")]);
  const email = l.email ?? l.contacts.find((c) => c.email)?.email;
  if (email) facts.push(["Email", email]);
  if (l.url) facts.push(["Website", l.url]);
  return facts;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function composeShortlistMail(listings: readonly PublicListing[], links: { baseUrl: string; sharePath: string }) {
  const shareUrl = `${links.baseUrl}${links.sharePath}`;
  const subject = listings.length === 1 ? `Activity to try: ${listings[0]!.name}` : `${listings.length} activities to try`;
  const text = [
    "Here are the activities from the West Yorkshire Creative Health Directory.",
    "",
    ...listings.flatMap((l, i) => [
      `${i + 1}. ${l.name}`,
      ...shortlistFacts(l).map(([k, v]) => `   ${k}: ${v}`),
      `   More: ${links.baseUrl}/services/${l.id}`,
      "",
    ]),
    `Open this list on any device: ${shareUrl}`,
    "",
    "The directory does not keep your email address. Details can change: check with the group before you go.",
  ].join("\n");
  const html = `<p>Here are the activities from the West Yorkshire Creative Health Directory.</p>
${listings
  .map(
    (
      l,
      i,
    ) => `<h2 style="font-size:20px">${i + 1}. <a href="${escapeHtml(`${links.baseUrl}/services/${l.id}`)}">${escapeHtml(l.name)}</a></h2>
<table style="font-size:16px;border-collapse:collapse">${shortlistFacts(l)
      .map(
        ([k, v]) =>
          `<tr><th style="text-align:left;vertical-align:top;padding:2px 12px 2px 0">${escapeHtml(k)}</th><td style="padding:2px 0">${escapeHtml(v)}</td></tr>`,
      )
      .join("")}</table>`,
  )
  .join("\n")}
<p><a href="${escapeHtml(shareUrl)}">Open this list on any device</a></p>
<p>The directory does not keep your email address. Details can change: check with the group before you go.</p>`;
  return { subject, text, html };
}
