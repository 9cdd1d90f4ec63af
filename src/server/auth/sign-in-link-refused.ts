import "server-only";
import { AuthError } from "next-auth";

/**
 * Why no link was sent, in words for the person. An Auth.js error of the "EmailSignin" type, so Auth.js's own
 * endpoint redirects to /sign-in?error=EmailSignin and `signIn()` in our form action rethrows it to us.
 */
export class SignInLinkRefused extends AuthError {
  static type = "EmailSignin";
  static kind = "signIn";
  constructor(
    readonly reason: "invalid" | "rate-limited" | "not-sent",
    readonly explanation: string,
  ) {
    super(explanation);
  }
}
