import type { NextRequest } from "next/server";
import { handlers } from "@/server/auth/auth";
import { appUrl } from "@/server/http/app-url";

// Note: Next normalises 127.0.0.1 to "localhost" in request URLs, so open the app at http://localhost:PORT
// locally (sign-in cookies are per host). Behind a real hostname set APP_URL (→ AUTH_URL, see auth.ts).

/**
 * Auth.js's handlers, except that a GET of the magic-link callback uses nothing: mail scanners open links
 * with GET, so the token is only taken by the POST from the "Sign in" button on /sign-in/confirm.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const url = new URL(request.url);
  if (url.pathname.endsWith("/callback/email")) return Response.redirect(appUrl(`/sign-in/confirm${url.search}`), 303);
  return handlers.GET(request);
}

export const { POST } = handlers;
