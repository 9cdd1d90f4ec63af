import "server-only";
import { env } from "@/env";
import { appUrl } from "@/server/http/app-url";
import { signConfirmToken, verifyConfirmToken, type ConfirmTokenCheck } from "./confirm-token";

/** How long a "still correct" link works: long enough to be acted on after a holiday, short enough to go stale. */
export const CONFIRM_LINK_DAYS = 45;

function secret(): string {
  const s = env().AUTH_SECRET;
  if (!s) throw new Error("AUTH_SECRET is not set: cannot sign or check confirmation links.");
  return s;
}

/** The one-click "still correct" link for one person and one listing. */
export function signConfirmLink(o: { serviceId: string; userId: string; now?: Date }): string {
  const expiresAt = new Date((o.now ?? new Date()).getTime() + CONFIRM_LINK_DAYS * 86_400_000);
  const token = signConfirmToken({ serviceId: o.serviceId, userId: o.userId, expiresAt }, secret());
  return appUrl(`/services/${o.serviceId}/confirm?token=${encodeURIComponent(token)}`);
}

export function checkConfirmToken(token: string, now?: Date): ConfirmTokenCheck {
  return verifyConfirmToken(token, secret(), now);
}
