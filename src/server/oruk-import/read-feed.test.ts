import { createServer, type Server } from "node:http";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FeedError, readFeed } from "./read-feed";

// A real HTTP feed on a local port whose answers each test sets: honest paging, lying paging, HTML, an old version.
type Answer = { status?: number; type?: string; body: unknown };
let route: (path: string, query: URLSearchParams) => Answer;
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const a = route(url.pathname, url.searchParams);
    res.writeHead(a.status ?? 200, { "content-type": a.type ?? "application/json" });
    res.end(typeof a.body === "string" ? a.body : JSON.stringify(a.body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address() as { port: number };
  base = `http://127.0.0.1:${address.port}/api/v1`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const services = Array.from({ length: 7 }, (_, i) => ({ id: `s${i + 1}`, name: `Service ${i + 1}` }));

/** A feed of `services`, paged honestly unless `page` is overridden. */
function feed(page?: (n: number, perPage: number) => unknown) {
  route = (path, q) => {
    if (path === "/api/v1/") return { body: { version: "HSDS-UK-3.0" } };
    if (path === "/api/v1/services") {
      const n = Number(q.get("page"));
      const perPage = Number(q.get("per_page"));
      if (page) return { body: page(n, perPage) };
      const contents = services.slice((n - 1) * perPage, n * perPage);
      return { body: { total_items: services.length, total_pages: Math.ceil(services.length / perPage), page_number: n, contents } };
    }
    const id = decodeURIComponent(path.replace("/api/v1/services/", ""));
    const s = services.find((x) => x.id === id);
    return s ? { body: { ...s, description: `Full record of ${id}` } } : { status: 404, body: { error: "not_found" } };
  };
}

describe("readFeed from a URL", () => {
  it("walks every page, then fetches each full record, in the feed's order", async () => {
    feed();
    const f = await readFeed(`${base}/`, { perPage: 3 });
    expect(f.key).toBe(`${new URL(base).host}/api/v1`);
    expect(f.records.map((r) => (r as { id: string }).id)).toEqual(services.map((s) => s.id));
    expect((f.records[0] as { description: string }).description).toBe("Full record of s1");
    expect(f.problems).toEqual([]);
  });

  it("stops safely on a feed whose paging lies: a repeated page, an early empty page, a count that never ends", async () => {
    feed((n) => ({ total_items: 50, total_pages: 10, contents: services.slice(0, n === 1 ? 3 : 3) }));
    const repeated = await readFeed(base, { perPage: 3 });
    expect(repeated.records).toHaveLength(3);
    expect(repeated.problems.map((p) => p.reason)).toEqual([
      "page 2 only repeated services of earlier pages: stopped there",
      "the feed said it has 50 services but listed 3",
    ]);

    feed((n) => ({ total_pages: 10, contents: n <= 2 ? services.slice((n - 1) * 3, n * 3) : [] }));
    const early = await readFeed(base, { perPage: 3 });
    expect(early.records).toHaveLength(6);
    expect(early.problems[0]!.reason).toBe("the feed said 10 pages but page 3 was empty: stopped there");

    // No total_pages at all, and a page number the feed ignores: still ends (it repeats).
    feed(() => ({ contents: services }));
    expect((await readFeed(base, { perPage: 100 })).records).toHaveLength(7);
  });

  it("reports a full record that answers with another service's id, and leaves it out", async () => {
    feed((n) => ({ total_pages: 1, contents: n === 1 ? services.slice(0, 2) : [] }));
    const inner = route;
    route = (path, q) => (path.endsWith("/services/s2") ? { body: { ...services[0] } } : inner(path, q));
    const f = await readFeed(base);
    expect(f.records.map((r) => (r as { id: string }).id)).toEqual(["s1"]);
    expect(f.problems).toEqual([{ sourceId: "s2", reason: "the feed answered /services/s2 with another service (s1)" }]);
  });

  it("reports a record whose full version is missing, and goes on", async () => {
    feed((n) => ({ total_pages: 1, contents: n === 1 ? [...services.slice(0, 2), { id: "gone", name: "Gone" }] : [] }));
    const f = await readFeed(base);
    expect(f.records).toHaveLength(2);
    expect(f.problems).toEqual([{ sourceId: "gone", reason: "its full record could not be fetched (answered HTTP 404)" }]);
  });

  it("refuses a feed that is unreachable, answers HTML or is not Open Referral UK 3.0", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as { port: number }).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expect(readFeed(`http://127.0.0.1:${port}/api/v1`)).rejects.toThrow(/^Could not reach http:\S+\/api\/v1\/: ECONNREFUSED$/);
    route = () => ({ type: "text/html", body: "<html>Welcome</html>" });
    await expect(readFeed(base)).rejects.toThrow(/services answered text\/html, not JSON/);
    route = (path) => (path.endsWith("/") ? { body: { version: "2.0" } } : { body: { contents: [] } });
    await expect(readFeed(base)).rejects.toThrow(/version "2.0"; this importer reads Open Referral UK 3.0/);
    route = (path) => (path.endsWith("/") ? { status: 404, body: {} } : { body: { services: [] } });
    await expect(readFeed(base)).rejects.toBeInstanceOf(FeedError);
  });
});

describe("readFeed from files", () => {
  it("reads a page wrapper, a plain list and one service from a directory, and refuses a file that is not JSON", async () => {
    const dir = await mkdtemp(join(tmpdir(), "oruk-feed-"));
    try {
      await writeFile(join(dir, "a-page.json"), JSON.stringify({ total_items: 2, contents: services.slice(0, 2) }));
      await writeFile(join(dir, "b-list.json"), JSON.stringify(services.slice(2, 4)));
      await writeFile(join(dir, "c-one.json"), JSON.stringify(services[4]));
      await writeFile(join(dir, "notes.txt"), "not read");
      const f = await readFeed(dir);
      expect(f.key).toBe(`file:${dir}`);
      expect(f.records.map((r) => (r as { id: string }).id)).toEqual(["s1", "s2", "s3", "s4", "s5"]);
      expect((await readFeed(join(dir, "c-one.json"))).records).toHaveLength(1);

      // Another kind of record in the same folder is left out and said; a repeated id is read once.
      await writeFile(join(dir, "b-org.json"), JSON.stringify({ id: "o1", name: "Trust", organization_identifiers: [] }));
      await writeFile(join(dir, "b-repeat.json"), JSON.stringify([{ ...services[0], name: "Again" }]));
      const mixed = await readFeed(dir);
      expect(mixed.records).toHaveLength(5);
      expect(mixed.problems.map((p) => p.reason)).toEqual([
        "b-org.json holds no services (an organisation or taxonomy file?): left out",
        "the same id appears more than once: the first was read",
      ]);
      await expect(readFeed(join(dir, "b-org.json"))).rejects.toThrow(/holds no Open Referral services/);

      await writeFile(join(dir, "d-broken.json"), "{ not json");
      await expect(readFeed(dir)).rejects.toThrow(/d-broken\.json is not JSON/);
      await expect(readFeed(join(dir, "missing.json"))).rejects.toThrow(/No feed, directory or file/);
    } finally {
      await rm(dir, { recursive: true });
    }
  });
});
