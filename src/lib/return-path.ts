// Where to send someone after a form or sign-in (`next=`, `callbackUrl=`). The value comes from the URL, so
// anyone can write it: it is parsed as a URL against a placeholder origin and kept only if it stays there.
// Browsers drop tabs and newlines from URLs and read `\` as `/`, so `/\t/evil.tld` or `/\evil.tld` would
// become `//evil.tld`: any control character or backslash, raw or percent-encoded, falls back instead.

const PLACEHOLDER = "http://return-path.invalid";
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\\]|%(?:[01][0-9a-f]|7f|5c|2f)/i;

/** `raw` if it is a path on this site, else `fallback`. */
export function safeReturnPath(raw: unknown, fallback = "/provider"): string {
  if (typeof raw !== "string") return fallback;
  const path = raw.trim();
  if (path.length === 0 || path.length > 500 || !path.startsWith("/") || path.startsWith("//") || UNSAFE.test(path)) return fallback;
  let url: URL;
  try {
    url = new URL(path, PLACEHOLDER);
  } catch {
    return fallback;
  }
  if (url.origin !== PLACEHOLDER || url.pathname.startsWith("//")) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
