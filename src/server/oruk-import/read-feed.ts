import "server-only";
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join, resolve } from "node:path";

// Reads every service of an Open Referral UK 3.0 source into memory before anything is written, so a feed that
// cannot be reached, answers something other than JSON or is not ORUK 3.0 stops the import with nothing
// half-written (ADR 0016). A source is a feed's base URL (walk /services page by page, then fetch each
// /services/{id}), a directory of JSON files, or one JSON file (a page wrapper, a list of services, or one).

export class FeedError extends Error {}

export type FeedProblem = { sourceId: string | null; reason: string };
export type Feed = {
  /** Provenance: "example.org/api/v1" for a URL (no scheme), "file:<name>" for a file or directory. */
  key: string;
  /** What to call it in messages. */
  label: string;
  records: unknown[];
  /** Records left out and paging the feed got wrong: reported, never fatal. */
  problems: FeedProblem[];
};
export type ReadFeedOptions = {
  fetch?: typeof fetch;
  onProgress?: (done: number, total: number | null) => void;
  /** Services asked for per page (feeds may give fewer). */
  perPage?: number;
};

/** No real feed has this many pages; a feed whose paging never ends is stopped here. */
const MAX_PAGES = 10_000;
const TIMEOUT_MS = 30_000;
const DETAIL_CONCURRENCY = 4;

export async function readFeed(source: string, options: ReadFeedOptions = {}): Promise<Feed> {
  if (/^https?:\/\//i.test(source)) return readUrlFeed(source, options);
  const found = await stat(source).catch(() => null);
  if (!found) {
    throw new FeedError(
      `No feed, directory or file at ${source}. Give a feed's base URL (like https://example.org/api/v1), a directory of JSON files or one JSON file.`,
    );
  }
  const files = found.isDirectory()
    ? (await readdir(source))
        .filter((f) => f.toLowerCase().endsWith(".json"))
        .sort()
        .map((f) => join(source, f))
    : [source];
  if (files.length === 0) throw new FeedError(`${source} holds no .json files.`);
  const records: unknown[] = [];
  const problems: FeedProblem[] = [];
  for (const file of files) {
    const services = servicesIn(parseJson(await readFile(file, "utf8"), file), file);
    if (services.length === 0 && files.length > 1) {
      problems.push({ sourceId: null, reason: `${basename(file)} holds no services (an organisation or taxonomy file?): left out` });
    } else if (services.length === 0) {
      throw new FeedError(`${file} holds no Open Referral services (is it an organisation or taxonomy file?).`);
    }
    records.push(...services);
    options.onProgress?.(records.length, null);
  }
  if (records.length === 0) throw new FeedError(`${source} holds no Open Referral services.`);
  // The file's own place is the feed: two councils' services.json are two feeds.
  return { key: `file:${resolve(source)}`, label: source, records: onceEach(records, problems), problems };
}

/** The first record of each id; a repeated id is reported (two files of one export that overlap). */
function onceEach(records: unknown[], problems: FeedProblem[]): unknown[] {
  const seen = new Set<string>();
  return records.filter((r) => {
    const id = isObject(r) && (typeof r.id === "string" || typeof r.id === "number") ? String(r.id) : null;
    if (id === null) return true;
    if (!seen.has(id)) return (seen.add(id), true);
    problems.push({ sourceId: id, reason: "the same id appears more than once: the first was read" });
    return false;
  });
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new FeedError(`${where} is not JSON, so it cannot be an Open Referral UK 3.0 feed.`);
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

// Top-level fields of the standard's other records (organization, taxonomy, taxonomy_term, service_at_location):
// a record with one of them is not a service, however much it has an id and a name.
const OTHER_RECORD_FIELDS = ["organization_identifiers", "services", "parent_organization_id", "logo", "taxonomy_terms", "version"];
const OTHER_RECORD_FIELDS_TOO = ["term_uri", "parent_id", "taxonomy", "term", "service", "location"];
const notAService = (o: unknown) =>
  isObject(o) && [...OTHER_RECORD_FIELDS, ...OTHER_RECORD_FIELDS_TOO].some((k) => k in o) && !("service_at_locations" in o);

/** The services in one JSON document: a page wrapper's contents, a plain list, or one service. */
function servicesIn(json: unknown, where: string): unknown[] {
  if (Array.isArray(json)) return json.every(notAService) ? [] : json;
  if (isObject(json) && Array.isArray(json.contents)) return json.contents.every(notAService) ? [] : json.contents;
  if (isObject(json) && "id" in json && "name" in json) return notAService(json) ? [] : [json];
  throw new FeedError(
    `${where} is not Open Referral UK 3.0: expected a page of services ({ "contents": [...] }), a list of services or one service.`,
  );
}

async function readUrlFeed(source: string, options: ReadFeedOptions): Promise<Feed> {
  const base = source.replace(/\/+$/, "");
  const url = new URL(base);
  const key = `${url.host}${url.pathname.replace(/\/+$/, "")}`;
  const get = jsonGetter(options.fetch ?? fetch);

  const root = await get(`${base}/`);
  if (root.ok && isObject(root.json) && typeof root.json.version === "string" && !/(^|\D)3\.\d/.test(root.json.version)) {
    throw new FeedError(`${base} says it is version "${root.json.version}"; this importer reads Open Referral UK 3.0 feeds.`);
  }

  const problems: FeedProblem[] = [];
  const summaries = await walkPages(base, get, options, problems);
  const records: unknown[] = [];
  let done = 0;
  const queue = [...summaries];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const id = String(next.id);
      const detail = await get(`${base}/services/${encodeURIComponent(id)}`);
      if (detail.ok && isObject(detail.json) && String(detail.json.id) !== id) {
        problems.push({ sourceId: id, reason: `the feed answered /services/${id} with another service (${String(detail.json.id)})` });
      } else if (detail.ok && isObject(detail.json)) records.push(detail.json);
      else {
        const why = detail.ok ? "it is not a JSON object" : detail.why;
        problems.push({ sourceId: id, reason: `its full record could not be fetched (${why})` });
      }
      options.onProgress?.(++done, summaries.length);
    }
  };
  await Promise.all(Array.from({ length: DETAIL_CONCURRENCY }, worker));
  const order = new Map(summaries.map((s, i) => [String(s.id), i]));
  records.sort((a, b) => (order.get(String((a as { id: unknown }).id)) ?? 0) - (order.get(String((b as { id: unknown }).id)) ?? 0));
  return { key, label: base, records, problems };
}

/**
 * Follows `total_pages`, but stops safely on paging that lies: an empty page before the promised end, a page
 * that only repeats services already seen, or a page count that never ends. What it noticed is a problem.
 */
async function walkPages(base: string, get: JsonGetter, options: ReadFeedOptions, problems: FeedProblem[]) {
  const perPage = options.perPage ?? 100;
  const seen = new Map<string, Record<string, unknown>>();
  let promisedPages: number | null = null;
  let promisedItems: number | null = null;
  for (let page = 1; page <= MAX_PAGES; page++) {
    const answer = await get(`${base}/services?page=${page}&per_page=${perPage}`);
    if (!answer.ok) {
      if (page === 1) throw new FeedError(`${base}/services ${answer.why}. Is ${base} the feed's base URL?`);
      problems.push({ sourceId: null, reason: `page ${page} ${answer.why}: stopped after page ${page - 1}` });
      break;
    }
    const body = answer.json;
    if (!isObject(body) || !Array.isArray(body.contents)) {
      throw new FeedError(`${base}/services is not an Open Referral UK 3.0 page of services (no "contents" list).`);
    }
    if (page === 1) {
      promisedPages = typeof body.total_pages === "number" ? body.total_pages : null;
      promisedItems = typeof body.total_items === "number" ? body.total_items : null;
    }
    const services = body.contents.filter(isObject).filter((s) => typeof s.id === "string" || typeof s.id === "number");
    const fresh = services.filter((s) => !seen.has(String(s.id)));
    if (services.length === 0) {
      if (promisedPages !== null && page <= promisedPages) {
        problems.push({ sourceId: null, reason: `the feed said ${promisedPages} pages but page ${page} was empty: stopped there` });
      }
      break;
    }
    if (fresh.length === 0) {
      problems.push({ sourceId: null, reason: `page ${page} only repeated services of earlier pages: stopped there` });
      break;
    }
    for (const s of fresh) seen.set(String(s.id), s);
    options.onProgress?.(seen.size, promisedItems);
    if (promisedPages !== null && page >= promisedPages) break;
    if (page === MAX_PAGES) problems.push({ sourceId: null, reason: `stopped after ${MAX_PAGES} pages` });
  }
  if (promisedItems !== null && promisedItems !== seen.size) {
    problems.push({ sourceId: null, reason: `the feed said it has ${promisedItems} services but listed ${seen.size}` });
  }
  return [...seen.values()];
}

type JsonAnswer = { ok: true; json: unknown } | { ok: false; why: string };
type JsonGetter = (url: string) => Promise<JsonAnswer>;

function jsonGetter(fetchImpl: typeof fetch): JsonGetter {
  return async (url) => {
    let response: Response;
    try {
      response = await fetchImpl(url, { headers: { accept: "application/json" }, signal: AbortSignal.timeout(TIMEOUT_MS) });
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      throw new FeedError(`Could not reach ${url}: ${cause?.code ?? cause?.message ?? (error as Error).message}`);
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      throw new FeedError(`${url} stopped answering part-way: ${(error as Error).message}`);
    }
    if (!response.ok) return { ok: false, why: `answered HTTP ${response.status}` };
    try {
      return { ok: true, json: JSON.parse(text) };
    } catch {
      const type = response.headers.get("content-type") ?? "no content type";
      return { ok: false, why: `answered ${type}, not JSON` };
    }
  };
}
