import { summarise, type Summary } from "./stats";

// A closed-loop load generator for `npm run bench:load`: `connections` workers, each sending its next request as
// soon as the last one answered, for `seconds`, picking routes from a weighted mix. Records latency per route
// and every status and network error; a response only counts once its body has been read in full.

export type TrafficRequest = {
  route: string;
  path: string;
  method?: "GET" | "POST";
  body?: () => FormData;
  headers?: Record<string, string>;
};
export type RouteFigures = Summary & { errors: number; status5xx: number; unexpected: number };
export type TrafficResult = {
  seconds: number;
  connections: number;
  requests: number;
  errors: number;
  status5xx: number;
  unexpected: number;
  routes: Record<string, RouteFigures>;
  firstFailures: string[];
};

export async function runMixedTraffic(options: {
  base: string;
  connections: number;
  seconds: number;
  next: (worker: number) => TrafficRequest;
}): Promise<TrafficResult> {
  const samples = new Map<string, number[]>();
  const counts = new Map<string, { errors: number; status5xx: number; unexpected: number }>();
  const firstFailures: string[] = [];
  const countFor = (route: string) => {
    let c = counts.get(route);
    if (!c) counts.set(route, (c = { errors: 0, status5xx: 0, unexpected: 0 }));
    return c;
  };
  const deadline = Date.now() + options.seconds * 1000;
  const worker = async (id: number) => {
    while (Date.now() < deadline) {
      const r = options.next(id);
      const started = performance.now();
      try {
        const response = await fetch(`${options.base}${r.path}`, {
          method: r.method ?? "GET",
          body: r.body?.(),
          headers: r.headers,
          redirect: "manual",
          signal: AbortSignal.timeout(30_000),
        });
        await response.arrayBuffer();
        const ms = performance.now() - started;
        if (!samples.has(r.route)) samples.set(r.route, []);
        samples.get(r.route)!.push(ms);
        if (response.status >= 500) countFor(r.route).status5xx++;
        else if (response.status >= 300) countFor(r.route).unexpected++;
        else countFor(r.route);
        if (response.status >= 300 && firstFailures.length < 5) firstFailures.push(`${response.status} ${r.method ?? "GET"} ${r.path}`);
      } catch (error) {
        countFor(r.route).errors++;
        if (firstFailures.length < 5) firstFailures.push(`${(error as Error).message} ${r.method ?? "GET"} ${r.path}`);
      }
    }
  };
  await Promise.all(Array.from({ length: options.connections }, (_, i) => worker(i)));
  const routes: Record<string, RouteFigures> = {};
  for (const [route, c] of [...counts.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    routes[route] = { ...summarise(samples.get(route) ?? []), ...c };
  }
  const total = (key: "errors" | "status5xx" | "unexpected") => Object.values(routes).reduce((n, r) => n + r[key], 0);
  return {
    seconds: options.seconds,
    connections: options.connections,
    requests: Object.values(routes).reduce((n, r) => n + r.n, 0),
    errors: total("errors"),
    status5xx: total("status5xx"),
    unexpected: total("unexpected"),
    routes,
    firstFailures,
  };
}
