/** What a moderation use case answers: done, or an expected problem said in words (never an exception). */
export type ModerationOutcome = { ok: true; mailIds?: string[] } | { ok: false; message: string };
