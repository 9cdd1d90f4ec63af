import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createLogger, formatLogLine } from "./log";
import { redact, redactString } from "./redact";

describe("redactString", () => {
  it("masks email addresses wherever they appear", () => {
    expect(redactString("mail to jo.bloggs+test@example.co.uk failed")).toBe("mail to [email] failed");
    expect(redactString("<a@b.org>, c@d.net")).toBe("<[email]>, [email]");
  });

  it("masks tokens in query strings, bearer headers and long random strings", () => {
    expect(redactString("GET /api/auth/callback/email?token=abc123&email=x")).toBe(
      "GET /api/auth/callback/email?token=[redacted]&email=[redacted]",
    );
    expect(redactString("Authorization: Bearer eyJhbGciOi.J9x")).toBe("Authorization: Bearer [token]");
    expect(redactString("id 3f2a9c7e1b4d8f6a0c5e2b7d9f1a3c6e8b0d2f4a done")).toBe("id [token] done");
  });

  it("leaves ordinary words and short ids alone", () => {
    expect(redactString("search: could not record unmet demand: connection refused")).toBe(
      "search: could not record unmet demand: connection refused",
    );
    expect(redactString("attempt 3 of 5 for LS6 2AB")).toBe("attempt 3 of 5 for LS6 2AB");
  });

  it("never leaves an email address in any string", () => {
    const address = fc.tuple(fc.stringMatching(/^[a-z0-9._+-]{1,20}$/), fc.stringMatching(/^[a-z0-9-]{1,15}\.[a-z]{2,6}$/));
    fc.assert(
      fc.property(fc.string(), address, fc.string(), (before, [local, domain], after) => {
        const out = redactString(`${before} ${local}@${domain} ${after}`);
        expect(out).not.toContain(`${local}@${domain}`);
      }),
      { numRuns: 200 },
    );
  });
});

describe("redact", () => {
  it("drops values under secret-sounding keys, however deep", () => {
    expect(redact({ to: "a@b.com", email: "a@b.com", nested: { sessionToken: "t", password: "p", count: 3 } })).toEqual({
      to: "[redacted]",
      email: "[redacted]",
      nested: { sessionToken: "[redacted]", password: "[redacted]", count: 3 },
    });
  });

  it("turns errors into name and redacted message, with their cause", () => {
    const error = new Error("no user jo@example.org", { cause: new TypeError("token=xyz") });
    expect(redact({ error })).toEqual({
      error: { name: "Error", message: "no user [email]", cause: { name: "TypeError", message: "token=xyz" } },
    });
  });

  it("survives cycles and odd values", () => {
    const cyclic: Record<string, unknown> = { n: 1n, when: new Date("2026-12-02T00:00:00Z") };
    cyclic.self = cyclic;
    const out = JSON.stringify(redact(cyclic));
    expect(out).toContain('"n":"1"');
    expect(out).toContain("2026-12-02T00:00:00.000Z");
  });
});

describe("log lines", () => {
  it("are one JSON object per line with time, level, event and request id", () => {
    const line = formatLogLine("error", "mail.failed", "req-1", { attempt: 2, to: "a@b.com" }, new Date("2026-12-02T10:00:00Z"));
    expect(line).not.toContain("\n");
    expect(JSON.parse(line)).toEqual({
      time: "2026-12-02T10:00:00.000Z",
      level: "error",
      event: "mail.failed",
      requestId: "req-1",
      attempt: 2,
      to: "[redacted]",
    });
  });

  it("go to the sink with their level, and without a request id outside a request", () => {
    const lines: Array<[string, string]> = [];
    createLogger(null, (line, level) => lines.push([line, level])).warn("x", { message: "for b@c.io" });
    expect(lines).toHaveLength(1);
    expect(lines[0]?.[1]).toBe("warn");
    expect(JSON.parse(lines[0]?.[0] ?? "")).toMatchObject({ level: "warn", event: "x", message: "for [email]" });
    expect(JSON.parse(lines[0]?.[0] ?? "")).not.toHaveProperty("requestId");
  });
});
