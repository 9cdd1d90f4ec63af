import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/env";
import { prisma } from "@/server/db/client";
import { log } from "@/server/log/log";

export type Mail = { to: string; subject: string; text: string; html?: string };

// One SMTP transport per process: it holds only a connection pool, no state another instance would need.
let transport: Transporter | undefined;
function smtp(url: string): Transporter {
  transport ??= nodemailer.createTransport(url);
  return transport;
}

/**
 * Sends mail over SMTP (`SMTP_URL`). In development with no SMTP configured, the mail is printed to the
 * console (subject only) and kept in the dev mailbox table (readable at /dev/mailbox); in production that is an error.
 */
export async function sendMail(mail: Mail): Promise<void> {
  const { SMTP_URL, MAIL_FROM, NODE_ENV } = env();
  if (SMTP_URL) {
    await smtp(SMTP_URL).sendMail({ from: MAIL_FROM, ...mail });
    return;
  }
  if (NODE_ENV === "production") throw new Error("SMTP_URL is not configured: cannot send mail.");
  // Not the mail itself: it holds an address and often a sign-in link. It is in the dev mailbox.
  log.info("mail.dev_mailbox", { subject: mail.subject, readAt: "/dev/mailbox" });
  await prisma.devMail.create({ data: { to: mail.to, subject: mail.subject, text: mail.text, html: mail.html ?? null } });
}
