import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export type CapturedMail = { to: string[]; subject: string; text: string; html: string | null };

/** Reads the messages the capture server has written to `dir`, oldest first. */
export function readCapturedMail(dir: string): CapturedMail[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort((a, b) => Number(a.split("-")[0]) - Number(b.split("-")[0]) || a.localeCompare(b))
    .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as CapturedMail);
}

/** Waits until a captured message matches (mail is delivered asynchronously). */
export async function waitForMail(dir: string, match: (m: CapturedMail) => boolean, timeoutMs = 10_000): Promise<CapturedMail> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = readCapturedMail(dir).filter(match).at(-1);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no matching mail arrived in ${dir} within ${timeoutMs} ms`);
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Starts the real SMTP capture server (scripts/smtp-capture.mjs) on a free port. */
export async function startMailCapture(): Promise<{ smtpUrl: string; dir: string; stop: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), "wy-mail-"));
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ["scripts/smtp-capture.mjs"], {
    env: { ...process.env, MAIL_CAPTURE_DIR: dir, SMTP_CAPTURE_PORT: String(port) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (d: Buffer) => d.toString().includes("listening") && resolve());
    child.on("exit", (code) => reject(new Error(`smtp-capture exited with ${code}`)));
  });
  return { smtpUrl: `smtp://127.0.0.1:${port}`, dir, stop: () => child.kill("SIGTERM") };
}
