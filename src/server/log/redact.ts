// Logs hold no email addresses and no tokens: values under a secret-sounding key are dropped, and strings are
// scanned for addresses, bearer tokens, token-like query parameters and long random-looking strings.

const SECRET_KEY = /token|secret|password|passcode|authorization|cookie|session|signature|api[-_]?key|^to$|^email$|e-?mail/i;
const EMAIL = /[^\s@<>"'(),;:]+@[^\s@<>"'(),;:]+\.[^\s@<>"'(),;:]+/g;
const BEARER = /\b(bearer|basic)\s+[\w\-.~+/=]+/gi;
const SECRET_PARAM = /([?&;](?:token|code|key|secret|signature|email|callbackUrl)=)[^&\s#"']*/gi;
// Hex digests, base64url tokens, JWT-like strings: 32 or more characters without a space.
const LONG_RANDOM = /\b[A-Za-z0-9_\-.+/=]{32,}\b/g;

export const REDACTED = "[redacted]";

export function redactString(value: string): string {
  return value
    .replace(EMAIL, "[email]")
    .replace(BEARER, "$1 [token]")
    .replace(SECRET_PARAM, "$1[redacted]")
    .replace(LONG_RANDOM, (match) => (/\d/.test(match) && /[A-Za-z]/.test(match) ? "[token]" : match));
}

/** A copy of `value` safe to write to a log; errors become { name, message }. Cycles and deep nesting are cut. */
export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return redactString(value);
  if (value === null || typeof value !== "object") return typeof value === "bigint" ? value.toString() : value;
  if (depth > 5) return "[too deep]";
  if (value instanceof Error) {
    return {
      name: value.name,
      message: redactString(value.message),
      ...(value.cause !== undefined ? { cause: redact(value.cause, depth + 1) } : {}),
    };
  }
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.slice(0, 50).map((item) => redact(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = SECRET_KEY.test(key) ? REDACTED : redact(item, depth + 1);
  return out;
}
