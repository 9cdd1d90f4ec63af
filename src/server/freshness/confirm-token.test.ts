import { describe, expect, it } from "vitest";
import { signConfirmToken, verifyConfirmToken } from "./confirm-token";

const secret = "a-test-secret-of-enough-length";
const claims = { serviceId: "6f1c1d5e-0000-4000-8000-000000000001", userId: "user_1", expiresAt: new Date("2027-01-31T12:00:00Z") };

describe("confirm token", () => {
  it("round-trips the listing, the person and the expiry", () => {
    const token = signConfirmToken(claims, secret);
    expect(verifyConfirmToken(token, secret, new Date("2027-01-01T00:00:00Z"))).toEqual({ ok: true, claims });
  });

  it("is refused after it expires", () => {
    const token = signConfirmToken(claims, secret);
    expect(verifyConfirmToken(token, secret, new Date("2027-01-31T12:00:01Z"))).toEqual({ ok: false, reason: "expired" });
  });

  it("is refused when signed with another secret or when any part is edited", () => {
    const token = signConfirmToken(claims, secret);
    expect(verifyConfirmToken(token, "another-secret-of-enough-length").ok).toBe(false);
    const [payload, sig] = token.split(".");
    const forged = Buffer.from(JSON.stringify({ s: "someone-elses-listing", u: "user_1", e: 1999999999 })).toString("base64url");
    expect(verifyConfirmToken(`${forged}.${sig}`, secret)).toEqual({ ok: false, reason: "invalid" });
    expect(verifyConfirmToken(`${payload}.${sig!.slice(0, -2)}xx`, secret)).toEqual({ ok: false, reason: "invalid" });
  });

  it("is refused when malformed, without throwing", () => {
    for (const bad of ["", "abc", "a.b.c", ".", "%%%.%%%"]) expect(verifyConfirmToken(bad, secret).ok).toBe(false);
  });
});
