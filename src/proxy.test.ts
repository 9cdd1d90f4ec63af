import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { isDecodablePath, proxy } from "./proxy";

const request = (path: string, init: { method?: string; headers?: Record<string, string> } = {}) =>
  new NextRequest(new URL(path, "http://directory.test"), init);

describe("proxy", () => {
  it.each(["/services/%ff", "/services/%E0%A4%A", "/search/%", "/%c0%af"])("answers 400 with our security headers for %s", (path) => {
    const response = proxy(request(path));
    expect(response.status).toBe(400);
    expect(response.headers.get("content-security-policy")).toMatch(/frame-ancestors 'none'/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("refuses a server-action request whose action id is not one", () => {
    const response = proxy(request("/provider", { method: "POST", headers: { "next-action": "../../etc/passwd" } }));
    expect(response.status).toBe(400);
    expect(response.headers.get("x-frame-options")).toBe("DENY");
  });

  it("lets ordinary requests through, with the security headers on whatever answers them", () => {
    const response = proxy(request("/services/0b0e3f4e-1c1a-4c55-9a51-7f6f9b1c2d3e?x=%ff"));
    expect(response.status).toBe(200);
    expect(response.headers.get("x-middleware-next")).toBe("1");
    expect(response.headers.get("content-security-policy")).toMatch(/default-src 'self'/);
    expect(proxy(request("/search?q=caf%C3%A9")).status).toBe(200);
  });

  it("decodes segments as Next does", () => {
    expect(isDecodablePath("/services/caf%C3%A9")).toBe(true);
    expect(isDecodablePath("/services/%ff")).toBe(false);
  });
});
