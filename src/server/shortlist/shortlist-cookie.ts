import "server-only";
import { cookies } from "next/headers";
import { env } from "@/env";
import { MAX_SHORTLIST, SHORTLIST_COOKIE, parseShortlistIds, serializeShortlistCookie } from "@/lib/shortlist";

const YEAR_SECONDS = 365 * 24 * 60 * 60;

/** This browser's shortlist (a tampered cookie reads as the valid ids in it, or none). */
export async function readShortlistIds(): Promise<string[]> {
  return parseShortlistIds((await cookies()).get(SHORTLIST_COOKIE)?.value);
}

/** Only server actions may write cookies. An empty list removes the cookie. */
export async function writeShortlistIds(ids: readonly string[]): Promise<void> {
  const jar = await cookies();
  if (ids.length === 0) {
    jar.delete(SHORTLIST_COOKIE);
    return;
  }
  jar.set(SHORTLIST_COOKIE, serializeShortlistCookie(ids.slice(0, MAX_SHORTLIST)), {
    httpOnly: true,
    sameSite: "lax",
    secure: env().APP_URL?.startsWith("https:") === true,
    path: "/",
    maxAge: YEAR_SECONDS,
  });
}
