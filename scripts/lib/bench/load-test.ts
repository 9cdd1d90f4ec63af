import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import autocannon, { type Result } from "autocannon";
import { searchParamsOf } from "@/lib/search/search-url";
import { parseSearchParams } from "@/lib/validation/search";
import type { BenchQuery } from "./query-mix";

// /search under local load: `next start` (a production build) on 127.0.0.1 against the benchmark database,
// autocannon cycling through the query mix. Only loopback traffic; bounded in time; stops by itself.

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds when there is no build, or the source changed since it was made: numbers must be of this code. */
export function ensureBuild(log: (line: string) => void) {
  const id = ".next/BUILD_ID";
  if (existsSync(id) && statSync(id).mtimeMs > newestSource("src")) return;
  log("building (next build) …");
  const built = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (built.status !== 0) throw new Error("next build failed");
}

export const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

export async function waitForHealth(url: string, server: ChildProcess) {
  for (let i = 0; i < 120; i++) {
    if (server.exitCode !== null) throw new Error("next start exited");
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("next start did not become healthy");
}

export async function loadTestSearch(options: {
  databaseUrl: string;
  queries: BenchQuery[];
  seconds: number;
  log: (line: string) => void;
}): Promise<Result & { paths: number; connections: number }> {
  ensureBuild(options.log);
  const port = await freePort();
  const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: options.databaseUrl,
      AUTH_SECRET: "bench-only-secret-not-for-production",
      AUTH_TRUST_HOST: "true",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitForHealth(`${base}/api/health`, server);
    const paths = options.queries.slice(0, 100).map((q) => `/search?${searchParamsOf(parseSearchParams(q.params).query)}`);
    for (const path of paths.slice(0, 20)) await fetch(`${base}${path}`); // warm up the server
    const connections = 8;
    const result = await autocannon({ url: base, connections, duration: options.seconds, requests: paths.map((path) => ({ path })) });
    return { ...result, paths: paths.length, connections };
  } finally {
    server.kill("SIGTERM");
  }
}
