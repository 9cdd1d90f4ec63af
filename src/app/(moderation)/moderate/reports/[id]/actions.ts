"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { errorState, type FormState } from "@/lib/form-state";
import { reportDecisionSchema } from "@/lib/validation/moderation";
import { requireRole } from "@/server/auth/permissions";
import { invalidForm } from "@/app/(moderation)/moderate/_components/invalid-form";
import { archiveListing } from "@/server/moderation/archive-listing";
import { resolveReport } from "@/server/moderation/resolve-report";

export async function decideReportAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole("moderator", "/moderate");
  const parsed = reportDecisionSchema.safeParse(Object.fromEntries(["reportId", "lockVersion", "serviceId", "serviceVersion", "outcome", "note"].map((k) => [k, formData.get(k) ?? undefined])));
  if (!parsed.success) return invalidForm(formData, parsed.error);
  const d = parsed.data;
  const outcome =
    d.outcome === "archive"
      ? await archiveListing({ serviceId: d.serviceId, version: d.serviceVersion, reason: d.note! }, actor)
      : await resolveReport({ reportId: d.reportId, lockVersion: d.lockVersion, outcome: d.outcome, note: d.note }, actor);
  if (!outcome.ok) return errorState(formData, {}, outcome.message);
  revalidatePath("/", "layout");
  redirect(`/moderate?done=${d.outcome === "archive" ? "archived" : `report-${d.outcome}`}`);
}
