// src/proxy.ts gives every request an id (on the request, for the server's logs, and on the response, so a
// person reporting a problem can quote it). Never taken from the client: a client could forge or reuse it.
export const REQUEST_ID_HEADER = "x-request-id";

export function newRequestId(): string {
  return crypto.randomUUID();
}
