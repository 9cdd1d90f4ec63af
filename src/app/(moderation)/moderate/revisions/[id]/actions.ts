"use server";

import { redirect } from "next/navigation";
import type { FormState } from "@/lib/form-state";
import { MODERATION_HIDDEN_FIELDS, revisionCategoriesSchema, revisionDecisionSchema } from "@/lib/validation/moderation";
import { formAction, pick } from "@/server/auth/form-action";
import { approveRevision } from "@/server/moderation/approve-revision";
import { rejectRevision, requestRevisionChanges } from "@/server/moderation/close-revision";
import { editRevisionCategories } from "@/server/moderation/edit-revision-categories";

const DONE = { approve: "approved", request_changes: "changes-requested", reject: "rejected" } as const;

export async function decideRevisionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return formAction(formData, {
    allow: "moderator",
    returnTo: "/moderate",
    schema: revisionDecisionSchema,
    input: (f) => pick(f, "revisionId", "lockVersion", "serviceVersion", "decision", "message"),
    hidden: MODERATION_HIDDEN_FIELDS,
    run: ({ revisionId, lockVersion, serviceVersion, decision, message }, actor) =>
      decision === "approve"
        ? approveRevision({ revisionId, lockVersion, serviceVersion }, actor)
        : decision === "reject"
          ? rejectRevision({ revisionId, lockVersion, reason: message! }, actor)
          : requestRevisionChanges({ revisionId, lockVersion, reason: message! }, actor),
    revalidate: { path: "/", type: "layout" },
    done: (_, data) => redirect(`/moderate?done=${DONE[data.decision]}`),
  });
}

export async function editCategoriesAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return formAction(formData, {
    allow: "moderator",
    returnTo: "/moderate",
    schema: revisionCategoriesSchema,
    input: (f) => ({ revisionId: f.get("revisionId"), lockVersion: f.get("lockVersion"), categories: f.getAll("categories") }),
    hidden: MODERATION_HIDDEN_FIELDS,
    run: (data, actor) => editRevisionCategories(data, actor),
    done: (_, data) => redirect(`/moderate/revisions/${data.revisionId}?done=categories`),
  });
}
