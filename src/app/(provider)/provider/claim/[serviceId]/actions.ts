"use server";

import { redirect } from "next/navigation";
import type { FormState } from "@/lib/form-state";
import { claimSchema } from "@/lib/validation/claim";
import { formAction } from "@/server/auth/form-action";
import { requestClaim } from "@/server/claims/request-claim";

export async function requestClaimAction(serviceId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return formAction(formData, {
    allow: "user",
    returnTo: `/provider/claim/${serviceId}`,
    schema: claimSchema,
    input: (f) => ({ organisationId: f.get("organisationId") ?? "", message: f.get("message") ?? "" }),
    run: (data, actor) => requestClaim({ serviceId, ...data }, actor),
    forbidden: { field: "organisationId", message: "Choose one of your organisations" },
    revalidate: { path: "/provider" },
    done: () => redirect("/provider?done=claim-sent"),
  });
}
