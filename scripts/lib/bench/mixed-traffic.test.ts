import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runMixedTraffic } from "./mixed-traffic";

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === "/drop") return request.socket.destroy();
    response.statusCode = request.url === "/boom" ? 500 : request.url === "/gone" ? 404 : 200;
    response.end("ok");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("runMixedTraffic", () => {
  it("counts every answer per route, and 5xx, other statuses and network errors apart", async () => {
    const paths = ["/ok", "/boom", "/gone", "/drop"];
    let i = 0;
    const result = await runMixedTraffic({
      base,
      connections: 2,
      seconds: 0.5,
      next: () => {
        const path = paths[i++ % paths.length]!;
        return { route: path.slice(1), path };
      },
    });
    expect(result.routes.ok!.n).toBeGreaterThan(0);
    expect(result.routes.ok).toMatchObject({ errors: 0, status5xx: 0, unexpected: 0 });
    expect(result.routes.boom!.status5xx).toBe(result.routes.boom!.n);
    expect(result.routes.gone!.unexpected).toBe(result.routes.gone!.n);
    expect(result.routes.drop!.errors).toBeGreaterThan(0);
    expect(result.routes.drop!.n).toBe(0);
    expect(result.errors + result.status5xx + result.unexpected).toBeGreaterThan(0);
    expect(result.firstFailures.length).toBeGreaterThan(0);
  });
});
