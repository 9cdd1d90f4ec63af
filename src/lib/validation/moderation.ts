import { z } from "zod";
import { codesOf } from "@/lib/vocabulary";
import { placeCodes } from "@/lib/places";
import { plainText } from "@/lib/validation/listing";

// Forms and query parameters of the moderation area. Every moderator action carries the lock version the
// moderator saw (optimistic locking: docs/decisions/0030-moderation-queue-and-locking.md).

// Imported listings waiting to be verified are not items here: they have their own queue, ordered by demand
// (/moderate/verify, docs/decisions/0032-verify-queue-by-demand.md). "import" is a new or changed service from
// an Open Referral feed waiting for review (import_record.pending).
export const QUEUE_KINDS = ["new_listing", "edit", "claim", "report", "stale", "import"] as const;
export type QueueKind = (typeof QUEUE_KINDS)[number];

// The five places come from the one list in src/lib/places.ts.
export { PLACES } from "@/lib/places";
export const PLACE_CODES = placeCodes;

/** "Waiting more than N days". */
export const QUEUE_AGES = ["2", "7", "30"] as const;

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === "" || Array.isArray(v) ? undefined : v), schema.optional()).catch(undefined);

/** The queue's filters, from the URL. Anything unrecognised falls back to "all" rather than an error page. */
export const queueFilterSchema = z.object({
  kind: optional(z.enum(QUEUE_KINDS)),
  place: optional(z.enum(PLACE_CODES)),
  age: optional(z.enum(QUEUE_AGES)),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type QueueFilter = z.infer<typeof queueFilterSchema>;

const id = z.uuid({ error: "This item could not be found. Go back to the queue and try again." });
const lockVersion = z.coerce.number({ error: "Reload the page and try again." }).int().min(1);

const optionalText = (label: string) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), plainText(label, 2000).optional());

/**
 * The moderator's decision on a revision: approve, ask for changes or reject. A message to the provider is
 * required for the last two (it is what they read in their email).
 */
export const revisionDecisionSchema = z
  .object({
    revisionId: id,
    lockVersion,
    serviceVersion: lockVersion,
    decision: z.enum(["approve", "request_changes", "reject"], { error: "Choose what you decide" }),
    message: optionalText("The message"),
  })
  .superRefine((d, ctx) => {
    if (d.decision !== "approve" && !d.message) {
      ctx.addIssue({
        code: "custom",
        path: ["message"],
        message: d.decision === "reject" ? "Enter the reason, so the provider knows why" : "Say what the provider needs to change",
      });
    }
  });
export type RevisionDecision = z.infer<typeof revisionDecisionSchema>;

export const revisionCategoriesSchema = z.object({
  revisionId: id,
  lockVersion,
  categories: z
    .array(z.enum(codesOf("category")))
    .min(1, "Choose at least one category")
    .max(5, "Choose up to 5 categories"),
});

export const claimDecisionSchema = z.object({
  claimId: id,
  lockVersion,
  decision: z.enum(["approve", "reject"], { error: "Choose whether to approve or reject the claim" }),
  reason: optionalText("The reason"),
});

/** What a moderator does about a public report: resolve it, dismiss it, or archive the listing (closed). */
export const reportDecisionSchema = z
  .object({
    reportId: id,
    lockVersion,
    serviceId: id,
    serviceVersion: lockVersion,
    outcome: z.enum(["resolved", "dismissed", "archive"], { error: "Choose what to do" }),
    note: optionalText("The note"),
  })
  .superRefine((d, ctx) => {
    if (d.outcome === "archive" && !d.note)
      ctx.addIssue({ code: "custom", path: ["note"], message: "Say why the listing is being archived (its owners read this)" });
  });

/** A moderator's decision on a live listing: it is correct (verify) or it goes (archive, with a reason). */
export const listingDecisionSchema = z
  .object({
    serviceId: id,
    version: lockVersion,
    decision: z.enum(["verify", "archive"], { error: "Choose what to do" }),
    reason: optionalText("The reason"),
  })
  .superRefine((d, ctx) => {
    if (d.decision === "archive" && !d.reason)
      ctx.addIssue({ code: "custom", path: ["reason"], message: "Say why the listing is being archived (its owners read this)" });
  });

/** Batch verification: each ticked box is "serviceId:version". */
export const verifyBatchSchema = z.object({
  action: z.enum(["verify", "archive"]).default("verify"),
  items: z
    .array(
      z
        .string()
        .regex(/^[0-9a-f-]{36}:\d+$/, "Reload the page and try again.")
        .transform((s) => {
          const [serviceId, version] = s.split(":");
          return { serviceId: serviceId!, version: Number(version) };
        }),
    )
    .min(1, "Tick at least one listing")
    .max(100),
  reason: optionalText("The reason"),
});

/** The one-screen check of a listing in the verify queue: verified, closed (archived, with why) or could not reach (with what was tried). */
export const verifyCheckSchema = z
  .object({
    serviceId: id,
    version: lockVersion,
    outcome: z.enum(["verified", "closed", "unreachable"], { error: "Choose what you found" }),
    note: optionalText("The note"),
    place: optional(z.enum(PLACE_CODES)),
  })
  .superRefine((d, ctx) => {
    if (d.outcome === "closed" && !d.note)
      ctx.addIssue({ code: "custom", path: ["note"], message: "Say how you know it has closed (its owners, if any, read this)" });
    if (d.outcome === "unreachable" && !d.note) ctx.addIssue({ code: "custom", path: ["note"], message: "Say what you tried" });
  });
export type VerifyCheck = z.infer<typeof verifyCheckSchema>;

export const mergeListingSchema = z.object({
  duplicateId: id,
  duplicateVersion: lockVersion,
  targetId: z.uuid({ error: "Choose the listing to keep" }),
  reason: optionalText("The note"),
});

export const dismissDuplicateSchema = z.object({ serviceId: id, otherServiceId: id });

/** A moderator's decision on what a feed import queued: approve it onto the listing, or reject it (with why). */
export const importDecisionSchema = z
  .object({
    importRecordId: id,
    lockVersion,
    decision: z.enum(["approve", "reject"], { error: "Choose what you decide" }),
    reason: optionalText("The reason"),
  })
  .superRefine((d, ctx) => {
    if (d.decision === "reject" && !d.reason)
      ctx.addIssue({ code: "custom", path: ["reason"], message: "Say why, so the next moderator knows (the feed is not told)" });
  });
export type ImportDecision = z.infer<typeof importDecisionSchema>;

/** The hidden fields of the moderation forms: a problem with one means the page is out of date (invalidForm). */
export const MODERATION_HIDDEN_FIELDS = [
  "revisionId",
  "importRecordId",
  "claimId",
  "reportId",
  "serviceId",
  "duplicateId",
  "lockVersion",
  "serviceVersion",
  "version",
  "duplicateVersion",
  "otherServiceId",
] as const;
