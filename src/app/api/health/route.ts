import { checkHealth } from "@/server/health/check-health";
import { recordVerdict } from "@/server/health/database-verdict";

export const dynamic = "force-dynamic";

/** GET /api/health: 200 when the database answers, 503 when it does not. Never cached. */
export async function GET() {
  const health = await checkHealth();
  recordVerdict(health.status === "ok");
  return Response.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
