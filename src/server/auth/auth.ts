import "server-only";
import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth, { type NextAuthConfig } from "next-auth";
import type { EmailConfig } from "next-auth/providers/email";
import { prisma } from "@/server/db/client";
import { normalizeSignInEmail, requestSignInLink } from "@/server/auth/request-sign-in-link";
import { appOrigin } from "@/server/http/app-url";
import type { Role } from "@/generated/prisma/enums";

declare module "next-auth" {
  interface Session {
    user: { id: string; email: string; name?: string | null; role: Role };
  }
}

/** Magic links expire after 30 minutes. */
const LINK_MAX_AGE_SECONDS = 30 * 60;

// Email magic link only (no passwords to store). Sessions are rows in Postgres (database strategy), so any
// app instance can read them and signing out revokes them everywhere. Roles live on our own User table.
const emailProvider: EmailConfig = {
  id: "email",
  type: "email",
  name: "Email",
  maxAge: LINK_MAX_AGE_SECONDS,
  normalizeIdentifier: normalizeSignInEmail,
  sendVerificationRequest: ({ identifier, token, url, expires, request }) =>
    requestSignInLink({ email: identifier, token, expires, authUrl: url, request }),
};

export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  // Without AUTH_URL, Auth.js takes its origin from Host / X-Forwarded-Host, which any client sets, and builds
  // links and redirects on it. So it always gets the configured origin (APP_URL, or localhost locally); with
  // AUTH_URL set it replaces the request's origin, which is what makes `trustHost` safe.
  process.env.AUTH_URL = appOrigin();
  return config();
});

function config(): NextAuthConfig {
  return {
    adapter: PrismaAdapter(prisma as unknown as Parameters<typeof PrismaAdapter>[0]),
    providers: [emailProvider],
    session: { strategy: "database", maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in" },
    trustHost: true,
    callbacks: {
      session({ session, user }) {
        const u = user as unknown as { id: string; email: string; name: string | null; role: Role };
        // Only what pages need: never the session token itself (it lives in an HttpOnly cookie).
        return { expires: session.expires, user: { id: u.id, email: u.email, name: u.name, role: u.role } } as typeof session;
      },
    },
  };
}
