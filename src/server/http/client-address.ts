import "server-only";
import { headers } from "next/headers";
import { env } from "@/env";

/**
 * The client's address for rate limits (used only hashed). Each proxy appends the address it saw to the right
 * of X-Forwarded-For, so only the right-most `TRUSTED_PROXY_HOPS` entries were written by proxies we run; the
 * left is whatever the client sent. With no header (or hops = 0) every request shares one bucket, which is
 * stricter rather than forgeable. See docs/decisions/0013-origin-client-address-and-sign-in.md.
 */
export function clientAddressFrom(requestHeaders: Headers, hops: number = env().TRUSTED_PROXY_HOPS): string {
  if (hops === 0) return "unknown";
  const chain = (requestHeaders.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  // Fewer entries than proxies: the request skipped some of them, and the left-most is the nearest we have.
  return chain[Math.max(0, chain.length - hops)] ?? "unknown";
}

/** The current request's client address (see `clientAddressFrom`). */
export async function clientAddress(): Promise<string> {
  return clientAddressFrom(await headers());
}
