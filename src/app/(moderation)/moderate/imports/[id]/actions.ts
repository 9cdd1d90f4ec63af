"use server";

import { redirect } from "next/navigation";
import type { FormState } from "@/lib/form-state";
import { importDecisionSchema, MODERATION_HIDDEN_FIELDS } from "@/lib/validation/moderation";
import { formAction, pick } from "@/server/auth/form-action";
import { approveImport } from "@/server/moderation/approve-import";
import { rejectImport } from "@/server/moderation/reject-import";

export async function decideImportAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return formAction(formData, {
    allow: "moderator",
    returnTo: "/moderate?kind=import",
    schema: importDecisionSchema,
    input: (f) => pick(f, "importRecordId", "lockVersion", "decision", "reason"),
    hidden: MODERATION_HIDDEN_FIELDS,
    run: ({ importRecordId, lockVersion, decision, reason }, actor) =>
      decision === "approve"
        ? approveImport({ importRecordId, lockVersion }, actor)
        : rejectImport({ importRecordId, lockVersion, reason: reason! }, actor),
    revalidate: { path: "/", type: "layout" },
    done: (_, data) => redirect(`/moderate?kind=import&done=import-${data.decision === "approve" ? "approved" : "rejected"}`),
  });
}
