import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import { isDecodablePath, proxy } from "./proxy";

// The database verdict is the one thing the proxy asks the outside world; each test says what it answers.
const reachable = vi.hoisted(() => ({ value: true }));
vi.mock("@/server/health/database-verdict", () => ({ databaseIsReachable: async () => reachable.value }));

const request = (path: string, init: { method?: string; headers?: Record<string, string> } = {}) =>
  new NextRequest(new URL(path, "http://directory.test"), init);

describe("proxy", () => {
  it.each(["/services/%ff", "/services/%E0%A4%A", "/search/%", "/%c0%af"])("answers 400 with our security headers for %s", async (path) => {
    const response = await proxy(request(path));
    expect(response.status).toBe(400);
    expect(response.headers.get("content-security-policy")).toMatch(/frame-ancestors 'none'/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("refuses a server-action request whose action id is not one", async () => {
    const response = await proxy(request("/provider", { method: "POST", headers: { "next-action": "../../etc/passwd" } }));
    expect(response.status).toBe(400);
    expect(response.headers.get("x-frame-options")).toBe("DENY");
  });

  it("lets ordinary requests through, with the security headers on whatever answers them", async () => {
    const response = await proxy(request("/services/0b0e3f4e-1c1a-4c55-9a51-7f6f9b1c2d3e?x=%ff"));
    expect(response.status).toBe(200);
    expect(response.headers.get("x-middleware-next")).toBe("1");
    expect(response.headers.get("content-security-policy")).toMatch(/default-src 'self'/);
    expect((await proxy(request("/search?q=caf%C3%A9"))).status).toBe(200);
  });

  it("answers a preflight to the public API itself, readable from any origin", async () => {
    const response = await proxy(
      request("/api/v1/services?page=2", { method: "OPTIONS", headers: { origin: "https://elsewhere.example" } }),
    );
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
  });

  it("lets API requests through with CORS, and adds it nowhere else", async () => {
    const api = await proxy(request("/api/v1/no-such-thing"));
    expect(api.headers.get("x-middleware-next")).toBe("1");
    expect(api.headers.get("access-control-allow-origin")).toBe("*");
    expect((await proxy(request("/api/health"))).headers.get("access-control-allow-origin")).toBeNull();
    expect((await proxy(request("/api/v10"))).headers.get("access-control-allow-origin")).toBeNull();
    expect((await proxy(request("/search", { method: "OPTIONS" }))).headers.get("access-control-allow-origin")).toBeNull();
  });

  const ACTION = "00020825cd15d24302b6d0ea43a2c1aeb8956d95fa";
  it.each([
    ["a JSON body that is not JSON", { "next-action": ACTION, "content-type": "text/plain;charset=UTF-8" }, "not json{{"],
    ["a multipart body that is not multipart", { "next-action": ACTION, "content-type": "multipart/form-data; boundary=xyz" }, "garbage"],
    ["a form post that is not multipart", { "content-type": "multipart/form-data; boundary=xyz" }, "garbage"],
  ])("answers 400 to a server action with %s", async (_, headers, body) => {
    const response = await proxy(new NextRequest("http://directory.test/search", { method: "POST", headers, body }));
    expect(response.status).toBe(400);
    expect(response.headers.get("content-security-policy")).toMatch(/default-src 'self'/);
  });

  it("drops a trailing slash: a 308 for pages, the API's own answer (with CORS) for /api/v1/", async () => {
    vi.stubEnv("DATABASE_URL", "postgresql://localhost/unused");
    vi.stubEnv("APP_URL", "https://directory.test");
    const page = await proxy(request("/search/?postcode=WF13%201HN", { headers: { host: "evil.example" } }));
    expect(page.status).toBe(308);
    expect(page.headers.get("location")).toBe("https://directory.test/search?postcode=WF13%201HN");
    expect(page.headers.get("content-security-policy")).toMatch(/frame-ancestors 'none'/);
    const api = await proxy(request("/api/v1/"));
    expect(api.status).toBe(200);
    expect(api.headers.get("x-middleware-rewrite")).toBe("http://directory.test/api/v1");
    expect(api.headers.get("access-control-allow-origin")).toBe("*");
    expect((await proxy(request("/"))).headers.get("x-middleware-next")).toBe("1");
    vi.unstubAllEnvs();
  });

  it("lets well-formed server-action bodies through", async () => {
    const form = new FormData();
    form.set("name", "Square Chapel Singers");
    const multipart = new NextRequest("http://directory.test/provider", { method: "POST", headers: { "next-action": ACTION }, body: form });
    expect((await proxy(multipart)).status).toBe(200);
    const json = new NextRequest("http://directory.test/provider", {
      method: "POST",
      headers: { "next-action": ACTION, "content-type": "text/plain;charset=UTF-8" },
      body: '["$K1"]',
    });
    expect((await proxy(json)).status).toBe(200);
  });

  it("decodes segments as Next does", () => {
    expect(isDecodablePath("/services/caf%C3%A9")).toBe(true);
    expect(isDecodablePath("/services/%ff")).toBe(false);
  });

  it("answers a page request with the friendly 503 page, with the security headers, while the database is down", async () => {
    reachable.value = false;
    try {
      const response = await proxy(request("/search?q=choir"));
      expect(response.status).toBe(503);
      expect(await response.text()).toContain("The directory is not available just now");
      expect(response.headers.get("content-security-policy")).toMatch(/frame-ancestors 'none'/);
      expect(response.headers.get("retry-after")).toBe("30");
      // Health answers for itself, and a form post reaches its action (which says "not saved", keeping the values).
      expect((await proxy(request("/api/health"))).status).toBe(200);
      expect((await proxy(request("/provider", { method: "POST" }))).status).toBe(200);
    } finally {
      reachable.value = true;
    }
  });
});

describe("proxy headers", () => {
  const csp = (response: Response) => response.headers.get("content-security-policy") ?? "";

  it("gives every request its own nonce, on the response's CSP and on the request Next renders", async () => {
    const [a, b] = [await proxy(request("/search")), await proxy(request("/search"))];
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp(a))?.[1];
    expect(nonce).toBeTruthy();
    expect(csp(b)).not.toContain(`'nonce-${nonce}'`);
    expect(a.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
    expect(a.headers.get("x-middleware-request-content-security-policy")).toContain(`'nonce-${nonce}'`);
  });

  it("allows no inline script without the nonce", async () => {
    const scripts = /script-src ([^;]*)/.exec(csp(await proxy(request("/"))))?.[1] ?? "";
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).toContain("'self'");
  });

  it("gives every request an id, on the response and on the request, and never takes the client's", async () => {
    const response = await proxy(request("/", { headers: { "x-request-id": "forged" } }));
    const id = response.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get("x-middleware-request-x-request-id")).toBe(id);
    expect((await proxy(request("/services/%ff"))).headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("sends HSTS only when APP_URL is https", async () => {
    const before = process.env.APP_URL;
    try {
      process.env.APP_URL = "http://localhost:3000";
      expect((await proxy(request("/"))).headers.get("strict-transport-security")).toBeNull();
      process.env.APP_URL = "https://directory.example.org";
      expect((await proxy(request("/"))).headers.get("strict-transport-security")).toMatch(/^max-age=\d+/);
      expect((await proxy(request("/services/%ff"))).headers.get("strict-transport-security")).toMatch(/^max-age=\d+/);
    } finally {
      if (before === undefined) delete process.env.APP_URL;
      else process.env.APP_URL = before;
    }
  });
});
