import "server-only";
import { CORS_HEADERS } from "@/lib/api-cors";
import type { Failure } from "@/lib/result";
import { idParamSchema, parseApiQuery, type QueryProblem } from "@/lib/validation/oruk-query";
import { log } from "@/server/log/log";

// How every /api/v1 route answers: JSON, readable from any origin (the API needs no key and holds only what the
// public pages show), a 400 that names the parameter, a 404 for an unknown id. The proxy answers CORS
// preflights and adds the same header to responses Next writes itself (src/proxy.ts).

export function apiJson(body: unknown, status = 200): Response {
  return Response.json(body, {
    status,
    headers: { ...CORS_HEADERS, "Cache-Control": status === 200 ? "public, max-age=60" : "no-store" },
  });
}

export function badRequest(problem: QueryProblem): Response {
  return apiJson({ error: "bad_request", parameter: problem.parameter, message: problem.message }, 400);
}

export function failureResponse(failure: Failure): Response {
  const [parameter, message] = Object.entries(failure.fieldErrors ?? {})[0] ?? ["query", failure.message];
  return badRequest({ parameter, message });
}

export function notFound(what: string): Response {
  return apiJson({ error: "not_found", message: `There is no published ${what} with that id` }, 404);
}

/** Runs a route's work; a fault nobody expected is logged and answered as JSON, never as Next's HTML page. */
export async function apiRoute(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    log.error("api.failed", { error });
    return apiJson({ error: "server_error", message: "Something went wrong on our side; please try again" }, 500);
  }
}

/** A detail route: checks the id is a UUID (else 400), reads the record (null → 404). */
export function detailRoute<T>(what: string, read: (id: string) => Promise<T | null>) {
  return async (context: { params: Promise<{ id: string }> }): Promise<Response> =>
    apiRoute(async () => {
      const parsed = idParamSchema.safeParse(await context.params);
      if (!parsed.success) return badRequest({ parameter: "id", message: "id must be a UUID" });
      const found = await read(parsed.data.id);
      return found === null ? notFound(what) : apiJson(found);
    });
}

/** A list route: parses the query with its schema (else 400) and answers the page, or the use case's 400. */
export function listRoute<T extends Parameters<typeof parseApiQuery>[0], R>(
  schema: T,
  find: (query: ReturnType<T["parse"]>) => Promise<R | { ok: true; value: R } | { ok: false; error: Failure }>,
) {
  return async (request: Request): Promise<Response> =>
    apiRoute(async () => {
      const parsed = parseApiQuery(schema, new URL(request.url).searchParams);
      if (!parsed.ok) return badRequest(parsed.problem);
      const found = await find(parsed.value as ReturnType<T["parse"]>);
      if (found && typeof found === "object" && "ok" in found) return found.ok ? apiJson(found.value) : failureResponse(found.error);
      return apiJson(found);
    });
}

/**
 * A file to download (the exports), streamed from `pieces`. The first piece is read before answering, so a
 * database that cannot be reached still gets the JSON 500; a fault after that can only cut the download short.
 */
export async function apiDownload(
  pieces: AsyncGenerator<string | Uint8Array>,
  file: { contentType: string; filename: string },
): Promise<Response> {
  const encoder = new TextEncoder();
  const bytes = (piece: string | Uint8Array) => (typeof piece === "string" ? encoder.encode(piece) : piece);
  const first = await pieces.next();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      if (first.done) controller.close();
      else controller.enqueue(bytes(first.value));
    },
    async pull(controller) {
      try {
        const next = await pieces.next();
        if (next.done) controller.close();
        else controller.enqueue(bytes(next.value));
      } catch (error) {
        log.error("api.export_failed", { error });
        controller.error(error);
      }
    },
    async cancel() {
      await pieces.return(undefined);
    },
  });
  return new Response(body, { headers: downloadHeaders(file) });
}

/** HEAD of a download: the headers a GET would send, without building the file (Next would run the whole GET). */
export function apiDownloadHead(file: { contentType: string; filename: string }): Response {
  return new Response(null, { headers: downloadHeaders(file) });
}

function downloadHeaders(file: { contentType: string; filename: string }): HeadersInit {
  return {
    ...CORS_HEADERS,
    "Content-Type": file.contentType,
    "Content-Disposition": `attachment; filename="${file.filename}"`,
    "Cache-Control": "public, max-age=300",
  };
}
