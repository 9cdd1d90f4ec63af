import "server-only";
import { headers } from "next/headers";
import { env } from "@/env";

/**
 * The site's own origin for links in emails and share links: APP_URL when set (production must set it, so a
 * forged Host header can never put another site's address into our mail), else the request's host.
 */
export async function appUrl(): Promise<string> {
  const configured = env().APP_URL;
  if (configured) return configured.replace(/\/+$/, "");
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? "http";
  return `${proto}://${host}`;
}
