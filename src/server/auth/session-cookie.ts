import "server-only";

/**
 * Auth.js's session cookie, by its default names (on http, and on https where it gets the __Secure- prefix):
 * a request without one has nobody signed in (tests/integration/sign-in-attacks.test.ts checks the name).
 */
export const SESSION_COOKIE_NAMES = ["authjs.session-token", "__Secure-authjs.session-token"] as const;
