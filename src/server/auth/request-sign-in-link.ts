import "server-only";
import { signInSchema } from "@/lib/validation/auth";
import { sendSignInLink } from "@/server/auth/send-sign-in-link";
import { SignInLinkRefused } from "@/server/auth/sign-in-link-refused";
import { clientAddressFrom } from "@/server/http/client-address";
import { consumeRateLimit } from "@/server/rate-limit/consume-rate-limit";
import { rateLimitKey } from "@/server/rate-limit/rate-limit-key";

/** Per email: 5 links in 15 minutes. Per client address: 30 in 15 minutes. */
const LIMITS = { perEmail: 5, perClient: 30, windowSeconds: 15 * 60 };

/** Auth.js's `normalizeIdentifier`: exactly one address, as our form's schema accepts it, or no link at all. */
export function normalizeSignInEmail(identifier: string): string {
  const parsed = signInSchema.shape.email.safeParse(identifier);
  if (!parsed.success) throw new SignInLinkRefused("invalid", parsed.error.issues[0]?.message ?? "Enter a valid email address");
  return parsed.data;
}

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

/**
 * Auth.js's `sendVerificationRequest`, so every way of asking for a link (our form's `signIn()`, a direct POST
 * to /api/auth/signin/email) passes the same limits. Auth.js's own `url` is ignored: the link is built from
 * configuration (see `sendSignInLink`), never from the request.
 */
export async function requestSignInLink(options: { email: string; token: string; expires: Date; authUrl: string; request: Request }) {
  const limit = await checkSignInRateLimit({ email: options.email, clientAddress: clientAddressFrom(options.request.headers) });
  if (!limit.allowed) {
    throw new SignInLinkRefused("rate-limited", `Too many sign-in links requested. Try again in ${limit.retryAfterMinutes} minutes.`);
  }
  const callbackUrl = new URL(options.authUrl).searchParams.get("callbackUrl") ?? "/provider";
  await sendSignInLink({ email: options.email, token: options.token, expires: options.expires, callbackUrl });
}
