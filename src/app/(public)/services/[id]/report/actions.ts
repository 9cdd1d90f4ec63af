"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { errorState, failureState, fieldErrorsFrom, type FormState } from "@/lib/form-state";
import { reportSchema } from "@/lib/validation/report";
import { clientAddress } from "@/server/http/client-address";
import { submitReport } from "@/server/reports/submit-report";

/** Public: no account needed. Validated, rate-limited per address, honeypot-checked in the use case. */
export async function submitReportAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const serviceId = z.uuid().safeParse(formData.get("serviceId"));
  if (!serviceId.success) return errorState(formData, {}, "This listing could not be found.");
  const parsed = reportSchema.safeParse({
    topic: formData.get("topic") ?? undefined,
    message: formData.get("message") ?? "",
    contactEmail: formData.get("contactEmail") ?? undefined,
    website: formData.get("website") ?? "",
  });
  if (!parsed.success) return errorState(formData, fieldErrorsFrom(parsed.error));
  const result = await submitReport({ serviceId: serviceId.data, report: parsed.data, clientAddress: await clientAddress() });
  if (!result.ok) return failureState(formData, result.error);
  redirect(`/services/${serviceId.data}/report/thanks`);
}
