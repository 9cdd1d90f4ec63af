import { handlers } from "@/server/auth/auth";

// Note: Next normalises 127.0.0.1 to "localhost" in request URLs, so open the app at http://localhost:PORT
// locally (sign-in cookies are per host). Behind a real hostname set APP_URL (→ AUTH_URL).
export const { GET, POST } = handlers;
