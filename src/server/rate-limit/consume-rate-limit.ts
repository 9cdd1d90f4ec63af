import "server-only";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";

export type RateLimitResult = { allowed: boolean; remaining: number; retryAfterSeconds: number };

/**
 * Counts one attempt against `key` in a fixed window and says whether it is allowed. The counter lives in
 * Postgres (one atomic upsert), so every app instance shares it. Keys should not hold personal data in clear:
 * hash an email or IP before passing it (see `rateLimitKey`).
 */
export async function consumeRateLimit(
  options: { key: string; limit: number; windowSeconds: number; now?: Date },
  db: Db = prisma,
): Promise<RateLimitResult> {
  const now = options.now ?? new Date();
  const windowMs = options.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const expiresAt = new Date(windowStart.getTime() + windowMs);
  const rows = await db.$queryRaw<Array<{ count: number }>>`
    INSERT INTO rate_limit_bucket (key, window_start, count, expires_at)
    VALUES (${options.key}, ${windowStart}, 1, ${expiresAt})
    ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit_bucket.count + 1
    RETURNING count`;
  const count = rows[0]?.count ?? Number.MAX_SAFE_INTEGER;
  if (Math.random() < 0.01) {
    // Occasional housekeeping; any instance may do it.
    await db.$executeRaw`DELETE FROM rate_limit_bucket WHERE expires_at < ${now}`;
  }
  return {
    allowed: count <= options.limit,
    remaining: Math.max(0, options.limit - count),
    retryAfterSeconds: Math.ceil((expiresAt.getTime() - now.getTime()) / 1000),
  };
}
