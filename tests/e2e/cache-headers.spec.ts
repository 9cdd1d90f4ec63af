import { expect, test, type APIRequestContext } from "@playwright/test";
import { signInByEmail, uniqueEmail, withE2eDatabase } from "./support/accounts";

// What a browser or a shared cache in front of the app relies on (ADR 0019): anonymous reads of pages that
// record nothing may be kept by a shared cache for a minute; search, signed-in and cookie-carrying answers never.

const HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

async function publishedServiceId(): Promise<string> {
  return withE2eDatabase(async (c) => {
    const r = await c.query<{ id: string }>(`SELECT id FROM service WHERE listing_status = 'published' ORDER BY id LIMIT 1`);
    return r.rows[0]!.id;
  });
}

const cacheControlOf = async (request: APIRequestContext, path: string, headers: Record<string, string> = { accept: HTML }) => {
  const response = await request.get(path, { headers, maxRedirects: 0 });
  expect(response.status(), path).toBe(200);
  return response.headers()["cache-control"] ?? "";
};

test("anonymous listing, about and developer pages may be kept by a shared cache for a minute", async ({ request }) => {
  const id = await publishedServiceId();
  for (const path of [`/services/${id}`, "/about/data", "/developers", "/"]) {
    expect(await cacheControlOf(request, path), path).toBe("public, max-age=0, s-maxage=60");
  }
});

test("search pages record demand, so no cache keeps them; nor a client-side navigation's payload", async ({ request }) => {
  const search = await cacheControlOf(request, "/search?postcode=HX1+1AA&radius=5");
  expect(search).toContain("no-store");
  expect(search).not.toContain("public");
  const id = await publishedServiceId();
  // A React payload fetch accepts anything: it is left uncached, whatever the page.
  expect(await cacheControlOf(request, `/services/${id}`, { accept: "*/*" })).not.toContain("public");
});

test("a signed-in person's page, or one with any cookie, is private and never stored", async ({ page, request }) => {
  const id = await publishedServiceId();
  const withCookie = await cacheControlOf(request, `/services/${id}`, { accept: HTML, cookie: "wy_shortlist=" });
  expect(withCookie).toContain("private");
  expect(withCookie).toContain("no-store");

  const email = uniqueEmail("cache");
  await signInByEmail(page, email);
  const response = await page.request.get(`/services/${id}`, { headers: { accept: HTML } });
  expect(await response.text()).toContain(email);
  const signedIn = response.headers()["cache-control"] ?? "";
  expect(signedIn).toContain("private");
  expect(signedIn).toContain("no-store");
  expect(signedIn).not.toContain("public");
});

test("the open data API's answers may be cached briefly by anyone", async ({ request }) => {
  const response = await request.get("/api/v1/services?per_page=1");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("public, max-age=60");
});
