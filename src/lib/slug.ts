/**
 * Lower-case words joined by hyphens, for URLs and element ids: "Who it is for" → "who-it-is-for",
 * "Arts & crafts" → "arts-and-crafts", "Men’s sheds" → "mens-sheds". Never contains a space, so it is safe in
 * `aria-labelledby`, which reads a space as the start of another id.
 */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** An element id from a prefix and a human title, e.g. htmlId("section", "How to join") → "section-how-to-join". */
export function htmlId(prefix: string, title: string): string {
  const slug = slugify(title);
  return slug ? `${prefix}-${slug}` : prefix;
}
