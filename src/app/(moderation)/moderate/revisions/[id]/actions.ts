"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { errorState, type FormState } from "@/lib/form-state";
import { revisionCategoriesSchema, revisionDecisionSchema } from "@/lib/validation/moderation";
import { requireRole } from "@/server/auth/permissions";
import { invalidForm } from "@/app/(moderation)/moderate/_components/invalid-form";
import { approveRevision } from "@/server/moderation/approve-revision";
import { rejectRevision, requestRevisionChanges } from "@/server/moderation/close-revision";
import { editRevisionCategories } from "@/server/moderation/edit-revision-categories";

const DONE = { approve: "approved", request_changes: "changes-requested", reject: "rejected" } as const;

export async function decideRevisionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole("moderator", "/moderate");
  const parsed = revisionDecisionSchema.safeParse({
    revisionId: formData.get("revisionId"),
    lockVersion: formData.get("lockVersion"),
    serviceVersion: formData.get("serviceVersion"),
    decision: formData.get("decision") ?? undefined,
    message: formData.get("message") ?? undefined,
  });
  if (!parsed.success) return invalidForm(formData, parsed.error);
  const { revisionId, lockVersion, serviceVersion, decision, message } = parsed.data;
  const outcome =
    decision === "approve"
      ? await approveRevision({ revisionId, lockVersion, serviceVersion }, actor)
      : decision === "reject"
        ? await rejectRevision({ revisionId, lockVersion, reason: message! }, actor)
        : await requestRevisionChanges({ revisionId, lockVersion, reason: message! }, actor);
  if (!outcome.ok) return errorState(formData, {}, outcome.message);
  revalidatePath("/", "layout");
  redirect(`/moderate?done=${DONE[decision]}`);
}

export async function editCategoriesAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole("moderator", "/moderate");
  const parsed = revisionCategoriesSchema.safeParse({
    revisionId: formData.get("revisionId"),
    lockVersion: formData.get("lockVersion"),
    categories: formData.getAll("categories"),
  });
  if (!parsed.success) return invalidForm(formData, parsed.error);
  const outcome = await editRevisionCategories(parsed.data, actor);
  if (!outcome.ok) return errorState(formData, {}, outcome.message);
  redirect(`/moderate/revisions/${parsed.data.revisionId}?done=categories`);
}
