import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

// Issue 11: a production server with its own database must not start on made-up secrets or a missing mailer.
const tsx = createRequire(import.meta.url).resolve("tsx/cli");

function start(env: Record<string, string>) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !["AUTH_SECRET", "APP_URL", "SMTP_URL", "DATABASE_URL", "NODE_ENV"].includes(k)),
  );
  return spawnSync(process.execPath, [tsx, "--conditions=react-server", "scripts/start.ts", "start"], {
    env: { ...clean, PORT: "3999", ...env } as unknown as NodeJS.ProcessEnv,
    encoding: "utf8",
    timeout: 30_000,
  });
}

// Each case starts tsx, which takes seconds on a busy machine.
describe("npm start in production with its own database", { timeout: 60_000 }, () => {
  it("refuses to start, listing every setting that is missing", () => {
    // Port 1: nothing listens there, so a start that gets past the check fails differently.
    const run = start({ NODE_ENV: "production", DATABASE_URL: "postgres://nobody@127.0.0.1:1/none" });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/AUTH_SECRET/);
    expect(run.stderr).toMatch(/APP_URL/);
    expect(run.stderr).toMatch(/SMTP_URL/);
    expect(run.stdout).not.toMatch(/local secret/);
  });

  it("names only what is missing", () => {
    const run = start({
      NODE_ENV: "production",
      DATABASE_URL: "postgres://nobody@127.0.0.1:1/none",
      AUTH_SECRET: "a-production-secret-0123456789",
      APP_URL: "https://directory.example",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/SMTP_URL/);
    expect(run.stderr).not.toMatch(/AUTH_SECRET|APP_URL/);
  });
});
