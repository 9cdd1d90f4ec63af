import { startMailCapture } from "./mail-capture";
import { createTestDatabase, type TestDatabase } from "./test-database";

// What the use cases that send mail or build links read from the environment (src/env.ts), pointed at a test
// database and a local SMTP capture, for the integration tests of moderation, freshness and closed listings.

export type MailCapture = Awaited<ReturnType<typeof startMailCapture>>;
export const TEST_AUTH_SECRET = "integration-test-secret-0123456789";
export const TEST_APP_URL = "http://directory.test";

/** A test database and a mail capture, with DATABASE_URL, SMTP_URL, AUTH_SECRET and APP_URL set for them. */
export async function openAppEnvironment(options: { seeded: boolean }): Promise<{ t: TestDatabase; mail: MailCapture }> {
  const t = await createTestDatabase(options);
  const mail = await startMailCapture();
  Object.assign(process.env, { DATABASE_URL: t.url, SMTP_URL: mail.smtpUrl, AUTH_SECRET: TEST_AUTH_SECRET, APP_URL: TEST_APP_URL });
  return { t, mail };
}

export async function closeAppEnvironment(env: { t?: TestDatabase; mail?: MailCapture }): Promise<void> {
  env.mail?.stop();
  await env.t?.drop();
}
