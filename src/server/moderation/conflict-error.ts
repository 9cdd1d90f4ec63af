/**
 * Thrown inside a transaction when the row changed since the moderator loaded the page (optimistic lock lost)
 * or can no longer take the action; the transaction rolls back and the message is shown to the moderator.
 */
export class ConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConflictError";
  }
}
