import { expect, type Page } from "@playwright/test";
import pg from "pg";
import { waitForMail } from "../../support/mail-capture";

/** Where the e2e app's mail lands: the SMTP capture server writes each message here as JSON. Outside
 * test-results/, which Playwright empties at start. */
export const E2E_MAIL_DIR = ".data/e2e-mail";

/** The e2e app's database (set by `npm test`); for arranging state a test cannot create through the UI. */
export async function withE2eDatabase<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set: run the browser tests through `npm test`.");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A unique address per test, so tests can run in parallel. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.org`;
}

/** Gives an address a role before it signs in (as `npm run user:grant` would). */
export async function grantRole(email: string, role: "provider" | "moderator" | "admin"): Promise<void> {
  await withE2eDatabase((c) =>
    c.query(
      `INSERT INTO "user" (id, email, role, created_at, updated_at) VALUES ($1, $2, $3, now(), now())
       ON CONFLICT (email) DO UPDATE SET role = EXCLUDED.role`,
      [`e2e_${Math.random().toString(36).slice(2)}`, email, role],
    ),
  );
}

/**
 * Signs in the way a person does: asks for a magic link, reads the mail the app sent over real SMTP, follows
 * the link and presses "Sign in" (opening the link alone uses nothing, for mail scanners). Returns on the page
 * the link leads to.
 */
export async function signInByEmail(
  page: Page,
  email: string,
  options: { role?: "provider" | "moderator" | "admin"; returnTo?: string } = {},
) {
  if (options.role && options.role !== "provider") await grantRole(email, options.role);
  // Each signing-in person comes from their own address, as in real life. Otherwise every browser test shares
  // one, and a growing suite would hit the per-address sign-in limit (30 links in 15 minutes). With nothing in
  // front of `npm start`, the right-most (here the only) X-Forwarded-For entry is the client address.
  const octet = () => Math.floor(Math.random() * 254) + 1;
  await page.setExtraHTTPHeaders({ "x-forwarded-for": `10.${octet()}.${octet()}.${octet()}` });
  await page.goto(`/sign-in${options.returnTo ? `?callbackUrl=${encodeURIComponent(options.returnTo)}` : ""}`);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const mail = await waitForMail(E2E_MAIL_DIR, (m) => m.to.includes(email));
  const link = mail.text.match(/https?:\/\/\S+/)?.[0];
  expect(link, "the sign-in mail contains a link").toBeTruthy();
  await page.goto(link!);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
}
