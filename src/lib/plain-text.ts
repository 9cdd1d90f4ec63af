import { convert } from "html-to-text";

// Text from other systems (an Open Referral feed's descriptions) may be HTML. We store and show plain text, so
// markup becomes its words: paragraphs and line breaks stay as line breaks, list items as "• " lines, links
// keep their words (not their addresses), entities are decoded and script or style content is dropped.

const LOOKS_LIKE_HTML = /<\s*\/?\s*[a-z!][^>]*>|&(#\d+|#x[0-9a-f]+|[a-z]+);/i;

export function plainTextFromHtml(value: string): string {
  if (!LOOKS_LIKE_HTML.test(value)) return value.trim();
  const text = convert(value, {
    wordwrap: false,
    selectors: [
      { selector: "a", options: { ignoreHref: true } },
      { selector: "img", format: "skip" },
      { selector: "ul", options: { itemPrefix: "• " } },
      { selector: "h1", options: { uppercase: false } },
      { selector: "h2", options: { uppercase: false } },
      { selector: "h3", options: { uppercase: false } },
      { selector: "h4", options: { uppercase: false } },
      { selector: "table", format: "dataTable", options: { uppercaseHeaderCells: false } },
    ],
  });
  return text.replace(/\n{3,}/g, "\n\n").trim();
}
