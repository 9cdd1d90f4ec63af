import "server-only";
import { createHash } from "node:crypto";

/** A rate-limit key that does not store the identifier (an email or IP) in clear. */
export function rateLimitKey(scope: string, identifier: string): string {
  return `${scope}:${createHash("sha256").update(identifier.trim().toLowerCase()).digest("hex").slice(0, 32)}`;
}
