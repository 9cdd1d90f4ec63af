import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { PrismaClient } from "@/generated/prisma/client";
import * as info from "@/app/api/v1/route";
import * as openapi from "@/app/api/v1/openapi.json/route";
import * as unknown from "@/app/api/v1/[...rest]/route";
import * as services from "@/app/api/v1/services/route";
import * as service from "@/app/api/v1/services/[id]/route";
import * as sals from "@/app/api/v1/service_at_locations/route";
import * as sal from "@/app/api/v1/service_at_locations/[id]/route";
import * as organizations from "@/app/api/v1/organizations/route";
import * as organization from "@/app/api/v1/organizations/[id]/route";
import * as taxonomies from "@/app/api/v1/taxonomies/route";
import * as taxonomy from "@/app/api/v1/taxonomies/[id]/route";
import * as terms from "@/app/api/v1/taxonomy_terms/route";
import * as term from "@/app/api/v1/taxonomy_terms/[id]/route";

// Calls the /api/v1 route handlers as Next would, with a Request (and the `[id]` segment), against a test database.

type Handler = (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;
const lists: Record<string, Handler> = {
  services: services.GET,
  service_at_locations: sals.GET,
  organizations: organizations.GET,
  taxonomies: taxonomies.GET,
  taxonomy_terms: terms.GET,
};
const details: Record<string, Handler> = {
  services: service.GET,
  service_at_locations: sal.GET,
  organizations: organization.GET,
  taxonomies: taxonomy.GET,
  taxonomy_terms: term.GET,
};

/** Route handlers read the app's one Prisma client (and the environment); point them at the test database. */
export function useDatabase(t: { url: string; db: PrismaClient }): void {
  process.env.DATABASE_URL = t.url;
  (globalThis as { prisma?: PrismaClient }).prisma = t.db;
}

export type ApiAnswer = { status: number; headers: Headers; body: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Answers a request to /api/v1/... with the route handler Next would pick for it. */
export async function answerApi(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const [, , , collection, id] = url.pathname.split("/");
  const segments = url.pathname.split("/").length - 3;
  const known = !collection || collection === "openapi.json" || (collection in lists && segments <= 2);
  const handler: Handler | undefined = !known
    ? unknown.GET
    : !collection
      ? info.GET
      : collection === "openapi.json"
        ? openapi.GET
        : id === undefined
          ? lists[collection]
          : details[collection];
  if (!handler) throw new Error(`no route for ${url.pathname}`);
  return handler(request, { params: Promise.resolve({ id: decodeURIComponent(id ?? "") }) });
}

export async function callApi(path: string): Promise<ApiAnswer> {
  const response = await answerApi(new Request(new URL(path, "http://localhost:3000")));
  return { status: response.status, headers: response.headers, body: await response.json() };
}

/** Our /api/v1 over real HTTP on a free port (for the importer's round trip): `${url}` is the feed's base URL. */
export async function serveApi(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    answerApi(new Request(new URL(req.url ?? "/", `http://${req.headers.host}`)))
      .then(async (response) => {
        res.writeHead(response.status, Object.fromEntries(response.headers));
        res.end(Buffer.from(await response.arrayBuffer()));
      })
      .catch((error: Error) => {
        res.writeHead(500, { "content-type": "text/plain" });
        res.end(error.message);
      });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/v1`,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
