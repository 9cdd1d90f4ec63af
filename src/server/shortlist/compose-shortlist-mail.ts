import "server-only";
import { factLineText, listingFactLines, sourceCredits } from "@/lib/listing-fact-lines";
import type { PublicListing } from "@/lib/public-listing";

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function composeShortlistMail(listings: readonly PublicListing[], links: { baseUrl: string; sharePath: string }) {
  const shareUrl = `${links.baseUrl}${links.sharePath}`;
  const subject = listings.length === 1 ? `Activity to try: ${listings[0]!.name}` : `${listings.length} activities to try`;
  const credits = sourceCredits(listings);
  const creditLine = credits.length ? `Some details come from: ${credits.join("; ")}.` : null;
  const text = [
    "Here are the activities from the West Yorkshire Creative Health Directory.",
    "",
    ...listings.flatMap((l, i) => [
      `${i + 1}. ${l.name}`,
      ...listingFactLines(l).map((line) => `   ${line.label}: ${factLineText(line)}`),
      `   More: ${links.baseUrl}/services/${l.id}`,
      "",
    ]),
    `Open this list on any device: ${shareUrl}`,
    "",
    "In brackets: where each detail comes from. “Confirmed” means the people who run it or our moderators checked it; “from open data” and “usual for …” mean nobody has checked it yet.",
    "The directory does not keep your email address. Details can change: check with the group before you go.",
    ...(creditLine ? ["", creditLine] : []),
  ].join("\n");
  const html = `<p>Here are the activities from the West Yorkshire Creative Health Directory.</p>
${listings
  .map(
    (
      l,
      i,
    ) => `<h2 style="font-size:20px">${i + 1}. <a href="${escapeHtml(`${links.baseUrl}/services/${l.id}`)}">${escapeHtml(l.name)}</a></h2>
<table style="font-size:16px;border-collapse:collapse">${listingFactLines(l)
      .map(
        (line) =>
          `<tr><th style="text-align:left;vertical-align:top;padding:2px 12px 2px 0">${escapeHtml(line.label)}</th><td style="padding:2px 0">${escapeHtml(line.value)}${line.source ? ` <span style="color:#505a5f">(${escapeHtml(line.source)})</span>` : ""}</td></tr>`,
      )
      .join("")}</table>`,
  )
  .join("\n")}
<p><a href="${escapeHtml(shareUrl)}">Open this list on any device</a></p>
<p>In brackets: where each detail comes from. “Confirmed” means the people who run it or our moderators checked it; “from open data” and “usual for …” mean nobody has checked it yet.</p>
<p>The directory does not keep your email address. Details can change: check with the group before you go.</p>${
    creditLine ? `\n<p style="font-size:14px">${escapeHtml(creditLine)}</p>` : ""
  }`;
  return { subject, text, html };
}
