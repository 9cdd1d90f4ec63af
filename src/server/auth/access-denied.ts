import "server-only";

/**
 * The acting user may not see or change this thing. Actions answer it with a 404 (not 403) for things owned by
 * other organisations, so ids of other people's drafts do not even confirm that they exist.
 */
export class AccessDeniedError extends Error {
  constructor(message = "You cannot see or change this.") {
    super(message);
    this.name = "AccessDeniedError";
  }
}

/** The user a use case acts for. Passed in by the server action from the session, never from the form. */
export type Actor = { id: string; role: "provider" | "moderator" | "admin" };
