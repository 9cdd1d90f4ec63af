import "server-only";
import { consumeRateLimit } from "@/server/rate-limit/consume-rate-limit";
import { rateLimitKey } from "@/server/rate-limit/rate-limit-key";

/** Per email: 5 links in 15 minutes. Per client address: 30 in 15 minutes. */
const LIMITS = { perEmail: 5, perClient: 30, windowSeconds: 15 * 60 };

/** Says whether another magic link may be sent now; the counters are shared by every instance. */
export async function checkSignInRateLimit(options: { email: string; clientAddress: string }) {
  const [byEmail, byClient] = await Promise.all([
    consumeRateLimit({ key: rateLimitKey("sign-in:email", options.email), limit: LIMITS.perEmail, windowSeconds: LIMITS.windowSeconds }),
    consumeRateLimit({
      key: rateLimitKey("sign-in:client", options.clientAddress),
      limit: LIMITS.perClient,
      windowSeconds: LIMITS.windowSeconds,
    }),
  ]);
  const allowed = byEmail.allowed && byClient.allowed;
  return { allowed, retryAfterMinutes: Math.ceil(Math.max(byEmail.retryAfterSeconds, byClient.retryAfterSeconds) / 60) };
}
