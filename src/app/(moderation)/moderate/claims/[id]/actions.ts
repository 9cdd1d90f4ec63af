"use server";

import { redirect } from "next/navigation";
import type { FormState } from "@/lib/form-state";
import { claimDecisionSchema, MODERATION_HIDDEN_FIELDS } from "@/lib/validation/moderation";
import { formAction, pick } from "@/server/auth/form-action";
import { decideClaim } from "@/server/moderation/decide-claim";

export async function decideClaimAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return formAction(formData, {
    allow: "moderator",
    returnTo: "/moderate",
    schema: claimDecisionSchema,
    input: (f) => pick(f, "claimId", "lockVersion", "decision", "reason"),
    hidden: MODERATION_HIDDEN_FIELDS,
    run: (data, actor) => decideClaim(data, actor),
    revalidate: { path: "/", type: "layout" },
    done: (_, data) => redirect(`/moderate?done=claim-${data.decision === "approve" ? "approved" : "rejected"}`),
  });
}
