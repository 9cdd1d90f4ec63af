#!/usr/bin/env node
// A real SMTP server on localhost for tests and local trials: every message it receives is written to
// MAIL_CAPTURE_DIR (default test-results/mail) as <timestamp>-<n>.json { to, subject, text, html, raw }.
//   SMTP_CAPTURE_PORT=2525 node scripts/smtp-capture.mjs
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { SMTPServer } from "smtp-server";
import { simpleParser } from "mailparser";

const dir = process.env.MAIL_CAPTURE_DIR ?? "test-results/mail";
const port = Number(process.env.SMTP_CAPTURE_PORT ?? 2525);
mkdirSync(dir, { recursive: true });
let n = 0;

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, session, callback) {
    const chunks = [];
    stream.on("data", (c) => chunks.push(c));
    stream.on("end", async () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      const parsed = await simpleParser(raw);
      const to = session.envelope.rcptTo.map((r) => r.address);
      mkdirSync(dir, { recursive: true });
      const file = join(dir, `${Date.now()}-${++n}.json`);
      writeFileSync(
        file,
        JSON.stringify({ to, subject: parsed.subject ?? "", text: parsed.text ?? "", html: parsed.html || null, raw }, null, 2),
      );
      callback();
    });
  },
});
server.listen(port, "127.0.0.1", () => console.log(`smtp-capture listening on 127.0.0.1:${port}, writing to ${dir}`));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
process.on("SIGINT", () => server.close(() => process.exit(0)));
