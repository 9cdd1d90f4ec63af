"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { errorState, type FormState } from "@/lib/form-state";
import { claimDecisionSchema } from "@/lib/validation/moderation";
import { requireRole } from "@/server/auth/permissions";
import { invalidForm } from "@/app/(moderation)/moderate/_components/invalid-form";
import { decideClaim } from "@/server/moderation/decide-claim";

export async function decideClaimAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole("moderator", "/moderate");
  const parsed = claimDecisionSchema.safeParse({
    claimId: formData.get("claimId"),
    lockVersion: formData.get("lockVersion"),
    decision: formData.get("decision") ?? undefined,
    reason: formData.get("reason") ?? undefined,
  });
  if (!parsed.success) return invalidForm(formData, parsed.error);
  const outcome = await decideClaim(parsed.data, actor);
  if (!outcome.ok) return errorState(formData, {}, outcome.message);
  revalidatePath("/", "layout");
  redirect(`/moderate?done=claim-${parsed.data.decision === "approve" ? "approved" : "rejected"}`);
}
