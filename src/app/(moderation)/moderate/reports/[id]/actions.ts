"use server";

import { redirect } from "next/navigation";
import type { FormState } from "@/lib/form-state";
import { MODERATION_HIDDEN_FIELDS, reportDecisionSchema } from "@/lib/validation/moderation";
import { formAction, pick } from "@/server/auth/form-action";
import { archiveListing } from "@/server/moderation/archive-listing";
import { resolveReport } from "@/server/moderation/resolve-report";

export async function decideReportAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return formAction(formData, {
    allow: "moderator",
    returnTo: "/moderate",
    schema: reportDecisionSchema,
    input: (f) => pick(f, "reportId", "lockVersion", "serviceId", "serviceVersion", "outcome", "note"),
    hidden: MODERATION_HIDDEN_FIELDS,
    run: (d, actor) =>
      d.outcome === "archive"
        ? archiveListing({ serviceId: d.serviceId, version: d.serviceVersion, reason: d.note! }, actor)
        : resolveReport({ reportId: d.reportId, lockVersion: d.lockVersion, outcome: d.outcome, note: d.note }, actor),
    revalidate: { path: "/", type: "layout" },
    done: (_, d) => redirect(`/moderate?done=${d.outcome === "archive" ? "archived" : `report-${d.outcome}`}`),
  });
}
