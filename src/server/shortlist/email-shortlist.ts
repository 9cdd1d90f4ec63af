import "server-only";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import { fail, ok, type Result } from "@/lib/result";
import { shortlistPath } from "@/lib/shortlist";
import { readPublicListings } from "@/server/listings/read-public-listings";
import { sendMail } from "@/server/mail/send-mail";
import { consumeRateLimit } from "@/server/rate-limit/consume-rate-limit";
import { rateLimitKey } from "@/server/rate-limit/rate-limit-key";
import { composeShortlistMail } from "./compose-shortlist-mail";

/** Per recipient: 3 an hour (nobody is flooded). Per client address: 10 an hour. */
export const EMAIL_SHORTLIST_LIMITS = { perRecipient: 3, perClient: 10, windowSeconds: 60 * 60 };

export type EmailShortlistResult = Result<{ sent: number }, "rate-limited" | "empty">;

/**
 * Emails the published listings among `ids` to an address someone typed in. Public (no account), so it is
 * rate-limited per recipient and per client; the address is used to send and never stored (the rate-limit
 * key is a hash).
 */
export async function emailShortlist(
  options: { to: string; ids: readonly string[]; clientAddress: string; baseUrl: string },
  db: Db = prisma,
): Promise<EmailShortlistResult> {
  const { perRecipient, perClient, windowSeconds } = EMAIL_SHORTLIST_LIMITS;
  const [byRecipient, byClient] = await Promise.all([
    consumeRateLimit({ key: rateLimitKey("shortlist-email:to", options.to), limit: perRecipient, windowSeconds }, db),
    consumeRateLimit({ key: rateLimitKey("shortlist-email:client", options.clientAddress), limit: perClient, windowSeconds }, db),
  ]);
  if (!byRecipient.allowed || !byClient.allowed) {
    const seconds = Math.max(byRecipient.allowed ? 0 : byRecipient.retryAfterSeconds, byClient.allowed ? 0 : byClient.retryAfterSeconds);
    return fail("rate-limited", `Too many emails sent. Try again in ${Math.max(1, Math.ceil(seconds / 60))} minutes.`);
  }
  const listings = await readPublicListings({ ids: options.ids }, db);
  if (listings.length === 0) return fail("empty", "None of these activities are listed any more, so there is nothing to send");
  const mail = composeShortlistMail(listings, { baseUrl: options.baseUrl, sharePath: shortlistPath(listings.map((l) => l.id)) });
  await sendMail({ to: options.to, ...mail });
  return ok({ sent: listings.length });
}
