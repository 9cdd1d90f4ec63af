import "server-only";
import { returnPathSchema } from "@/lib/validation/auth";
import { prisma } from "@/server/db/client";
import { appOrigin, appUrl } from "@/server/http/app-url";
import { deliverQueuedMail } from "@/server/mail/deliver-queued-mail";
import { queueMail } from "@/server/mail/queue-mail";
import { SignInLinkRefused } from "@/server/auth/sign-in-link-refused";

/**
 * The emailed link opens our confirmation page, whose "Sign in" button POSTs the token to Auth.js. Mail
 * scanners (Safe Links) that open every link with a GET therefore use nothing.
 */
export function signInLinkUrl(options: { email: string; token: string; callbackUrl: string }): string {
  const target = new URL(options.callbackUrl, appOrigin());
  const path = target.origin === appOrigin() ? `${target.pathname}${target.search}` : "/provider";
  const query = new URLSearchParams({ token: options.token, email: options.email, callbackUrl: returnPathSchema.parse(path) });
  return appUrl(`/sign-in/confirm?${query}`);
}

/** Queues the link in the outbox and sends it now; if that fails the outbox retries it and the person is told. */
export async function sendSignInLink(options: { email: string; token: string; expires: Date; callbackUrl: string }): Promise<void> {
  const minutes = Math.max(1, Math.round((options.expires.getTime() - Date.now()) / 60_000));
  const ids = await queueMail(prisma, [
    {
      to: options.email,
      subject: "Your sign-in link for the West Yorkshire Creative Health Directory",
      text: [
        "Use this link to sign in to the West Yorkshire Creative Health Directory:",
        "",
        signInLinkUrl(options),
        "",
        `The link works once and expires ${minutes} minutes after you asked for it.`,
        "If you did not ask to sign in, you can ignore this email.",
      ].join("\n"),
    },
  ]);
  const delivery = await deliverQueuedMail({ ids });
  if (delivery.sent === 0) {
    throw new SignInLinkRefused(
      "not-sent",
      "We could not send your sign-in email just now. We will keep trying for a few minutes; if it has not arrived, ask for a new link.",
    );
  }
}
