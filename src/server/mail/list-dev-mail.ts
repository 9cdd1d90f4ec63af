import "server-only";
import { env } from "@/env";
import { prisma } from "@/server/db/client";

/** Whether the development mailbox exists: development, with no SMTP server configured. */
export function devMailboxEnabled(): boolean {
  const { NODE_ENV, SMTP_URL } = env();
  return NODE_ENV !== "production" && !SMTP_URL;
}

export async function listDevMail(limit = 20) {
  if (!devMailboxEnabled()) return [];
  return prisma.devMail.findMany({ orderBy: { createdAt: "desc" }, take: limit });
}
