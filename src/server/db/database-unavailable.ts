import { TimeoutError } from "@/server/health/with-timeout";

/** Thrown where the app needs the database to tell who someone is, and it cannot be reached. */
export class DatabaseUnavailableError extends Error {
  constructor(message = "The database cannot be reached") {
    super(message);
    this.name = "DatabaseUnavailableError";
  }
}

/** What a form says when its action could not reach the database. Everything typed comes back with it. */
export const NOT_SAVED_DATABASE_DOWN =
  "Not saved: we could not reach the database. Try again in a minute — everything you typed is still here.";

// Socket errors from pg, and the PostgreSQL SQLSTATE classes that mean "no server to talk to": 08 connection
// exception, 57P01–57P03 shutting down / cannot connect now. Prisma's P1001 / P1017 / P2024 are its own
// codes for the same (cannot reach, closed, timed out waiting for a connection).
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
]);
const PRISMA_CODES = new Set(["P1001", "P1002", "P1017", "P2024"]);
const MESSAGES = [
  /timeout exceeded when trying to connect/i,
  /Connection terminated/i,
  /connect ECONNREFUSED/i,
  /Can't reach database server/i,
  /the database system is (shutting down|starting up|in recovery mode)/i,
  /terminating connection due to administrator command/i,
  /Server has closed the connection/i,
  /Query read timeout/i,
];

function isUnavailableCode(code: unknown): boolean {
  if (typeof code !== "string") return false;
  return NETWORK_CODES.has(code) || PRISMA_CODES.has(code) || code.startsWith("08") || /^57P0[123]$/.test(code);
}

/**
 * True when `error` (or anything in its cause chain) says the database could not be reached, as opposed to a
 * query that reached it and failed. Those are worth a "try again in a minute"; every other error is a bug.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  for (let e = error; e && typeof e === "object" && !seen.has(e); e = (e as { cause?: unknown }).cause) {
    seen.add(e);
    if (e instanceof DatabaseUnavailableError || e instanceof TimeoutError) return true;
    const { code, originalCode, kind } = e as { code?: unknown; originalCode?: unknown; kind?: unknown };
    if (isUnavailableCode(code) || isUnavailableCode(originalCode)) return true;
    if (kind === "DatabaseNotReachable" || kind === "ConnectionClosed" || kind === "SocketTimeout") return true;
    const message = e instanceof Error ? e.message : "";
    if (MESSAGES.some((m) => m.test(message))) return true;
    if (e instanceof AggregateError && e.errors.some((inner) => isDatabaseUnavailable(inner))) return true;
  }
  return false;
}
