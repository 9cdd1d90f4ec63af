// Runs once when a server instance starts: fail fast, with every problem listed, on a bad environment.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { env } = await import("@/env");
    env();
  }
}

/**
 * Next calls this for every error a page, action or route handler throws on the server. One that means the
 * database cannot be reached is recorded, so the proxy answers the next page requests with its 503 page
 * without waiting for its own probe (docs/decisions/0014-database-outage.md).
 */
export async function onRequestError(error: unknown) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { isDatabaseUnavailable } = await import("@/server/db/database-unavailable");
  if (!isDatabaseUnavailable(error)) return;
  const { noteDatabaseUnavailable } = await import("@/server/health/database-verdict");
  noteDatabaseUnavailable();
}
