import "server-only";
import pg from "pg";

/**
 * Runs `fn` only if no other instance holds the job's Postgres advisory lock (held on its own connection for
 * the whole run, released when it ends or the process dies). Returns null when another run is in progress.
 * The job is idempotent without it; the lock just keeps two cron hosts from doing the same work twice.
 */
export async function withJobLock<T>(connectionString: string, key: number, fn: () => Promise<T>): Promise<T | null> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [key]);
    if (!rows[0]?.locked) return null;
    try {
      return await fn();
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [key]).catch(() => {});
    }
  } finally {
    await client.end();
  }
}
