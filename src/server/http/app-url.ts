import "server-only";
import { env } from "@/env";

/** An absolute link to a page of this app, for emails (APP_URL; a local default in development). */
export function appUrl(path: string): string {
  const base = env().APP_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
  return new URL(path, base.endsWith("/") ? base : `${base}/`).toString();
}

/** The app's origin without a trailing slash ("https://directory.example.org"), to join paths onto. */
export function appOrigin(): string {
  return appUrl("/").replace(/\/$/, "");
}
