import type { Result } from "@/lib/result";

/** What a moderation use case answers: done, or a conflict said in words (never an exception). */
export type ModerationOutcome = Result<undefined, "conflict">;
