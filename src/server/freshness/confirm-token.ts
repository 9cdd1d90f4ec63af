import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";

// The one-click "still correct" link in re-confirmation emails: the listing, the person it was sent to and an
// expiry, signed with HMAC-SHA256 under AUTH_SECRET. Nothing is stored; a forged or edited token fails the
// signature, an old one fails the expiry. The purpose is part of the signed text, so a token made for
// something else with the same secret is never accepted here.

const PURPOSE = "confirm-listing.v1";

export type ConfirmClaims = { serviceId: string; userId: string; expiresAt: Date };
export type ConfirmTokenCheck = { ok: true; claims: ConfirmClaims } | { ok: false; reason: "invalid" | "expired" };

const b64 = (s: string | Buffer) => Buffer.from(s).toString("base64url");
const mac = (payload: string, secret: string) => createHmac("sha256", secret).update(`${PURPOSE}.${payload}`).digest();

export function signConfirmToken(claims: ConfirmClaims, secret: string): string {
  const payload = b64(JSON.stringify({ s: claims.serviceId, u: claims.userId, e: Math.floor(claims.expiresAt.getTime() / 1000) }));
  return `${payload}.${mac(payload, secret).toString("base64url")}`;
}

export function verifyConfirmToken(token: string, secret: string, now: Date = new Date()): ConfirmTokenCheck {
  const [payload, signature, ...rest] = token.split(".");
  if (!payload || !signature || rest.length) return { ok: false, reason: "invalid" };
  const expected = mac(payload, secret);
  const given = Buffer.from(signature, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: "invalid" };
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return { ok: false, reason: "invalid" };
  }
  const { s, u, e } = (body ?? {}) as { s?: unknown; u?: unknown; e?: unknown };
  if (typeof s !== "string" || typeof u !== "string" || typeof e !== "number") return { ok: false, reason: "invalid" };
  if (e * 1000 < now.getTime()) return { ok: false, reason: "expired" };
  return { ok: true, claims: { serviceId: s, userId: u, expiresAt: new Date(e * 1000) } };
}
