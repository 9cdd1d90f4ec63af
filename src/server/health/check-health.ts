import "server-only";
import { prisma } from "@/server/db/client";
import { requestLogger } from "@/server/log/log";
import { withTimeout } from "./with-timeout";

export type Health = { status: "ok"; db: "ok" } | { status: "error"; db: "down" };

/**
 * Is the app able to serve? Runs `SELECT 1` against the database, giving up after `timeoutMs` (1.5 s, so `/api/health` answers within a load balancer's usual 2 s). Never throws
 * and never returns error details: the endpoint is public and load balancers only need the verdict.
 */
export async function checkHealth({ timeoutMs = 1500 }: { timeoutMs?: number } = {}): Promise<Health> {
  try {
    await withTimeout(prisma.$queryRaw`SELECT 1`, timeoutMs);
    return { status: "ok", db: "ok" };
  } catch (error) {
    (await requestLogger()).error("health.db_unreachable", { error });
    return { status: "error", db: "down" };
  }
}
