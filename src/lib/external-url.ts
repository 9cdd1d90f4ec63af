// Web addresses from imported data and from people, made safe to put in an href: always absolute, so
// "www.bradford.gov.uk/libraries" never becomes a path on our own site. Pure: the seed and every page that
// shows a website use it.

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
// A host name with at least one dot and a real-looking top-level domain (no spaces, no "localhost").
const HOST = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

/**
 * An absolute http(s) URL for a web address as given, or null when it is not one. Keeps `http://` when that
 * is what was given with a scheme; adds `https://` to a bare "www.example.org/page"; drops other schemes
 * (mailto:, javascript:), spaces, e-mail addresses and hosts without a domain.
 */
export function absoluteWebsite(value: string | null | undefined): string | null {
  let text = (value ?? "").trim();
  if (text === "" || /\s/.test(text)) return null;
  if (text.startsWith("//")) text = `https:${text}`;
  const scheme = SCHEME.exec(text)?.[1]?.toLowerCase();
  if (scheme && scheme !== "http" && scheme !== "https") {
    // "www.example.org:8080/x" has no scheme but looks like one to the pattern.
    if (!/^[a-z0-9.-]+\.[a-z]{2,63}:\d+/i.test(text)) return null;
  }
  const withScheme = scheme === "http" || scheme === "https" ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if ((url.protocol !== "http:" && url.protocol !== "https:") || url.username || url.password) return null;
  if (!HOST.test(url.hostname)) return null;
  return url.href;
}

/** "bradford.gov.uk/libraries": how a website reads on the page (no scheme, no www., no trailing slash). */
export function websiteLabel(url: string): string {
  return url
    .replace(/^https?:\/\//i, "")
    .replace(/^www\./i, "")
    .replace(/\/$/, "");
}

/** "tel:+441422392630" from "+44 (0)1422 392630" or "01422 392630": digits and a leading plus only. */
export function telHref(phone: string): string {
  const international = phone.trim().replace(/^(\+\d+)\s*\(0\)/, "$1");
  return `tel:${international.replace(/[^+\d]/g, "").replace(/(?!^)\+/g, "")}`;
}

/**
 * OpenStreetMap's directions to a point, with the start left for the person to fill in (or their location):
 * https://www.openstreetmap.org/directions?route=%3B53.69002%2C-1.62657 ("from;to", each "lat,lng").
 */
export function directionsUrl(point: { lat: number; lng: number }): string {
  const to = `${point.lat.toFixed(5)},${point.lng.toFixed(5)}`;
  return `https://www.openstreetmap.org/directions?route=${encodeURIComponent(`;${to}`)}`;
}
