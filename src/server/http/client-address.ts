import "server-only";
import { headers } from "next/headers";

/** The client's address as the nearest proxy reports it (used only, hashed, for rate limits). */
export async function clientAddress(): Promise<string> {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || "unknown";
}
