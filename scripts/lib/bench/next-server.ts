import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";

// `next start` (a production build) on 127.0.0.1 against a benchmark database, for the benchmarks that measure
// through HTTP. Only loopback traffic.

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

export type NextServer = { base: string; server: ChildProcess; stop: () => Promise<void> };

/** Builds if needed, starts the app on a free port and waits until /api/health answers. */
export async function startNextServer(options: { databaseUrl: string; log: (line: string) => void }): Promise<NextServer> {
  ensureBuild(options.log);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: options.databaseUrl,
      AUTH_SECRET: "bench-only-secret-not-for-production",
      AUTH_TRUST_HOST: "true",
      APP_URL: base,
      // Required in production; no benchmarked route sends mail, so nothing listens there.
      SMTP_URL: "smtp://127.0.0.1:9",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  const stop = async () => {
    if (server.exitCode !== null) return;
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
  };
  try {
    await waitForHealth(`${base}/api/health`, server);
  } catch (error) {
    await stop();
    throw error;
  }
  return { base, server, stop };
}
