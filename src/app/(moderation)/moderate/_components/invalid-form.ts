import type { z } from "zod";
import { errorState, fieldErrorsFrom, type FormState } from "@/lib/form-state";

const HIDDEN = ["revisionId", "claimId", "reportId", "serviceId", "duplicateId", "lockVersion", "serviceVersion", "version", "duplicateVersion", "otherServiceId"];

/**
 * Errors for a moderator form. A problem with a hidden field (an id or a lock version) is not something the
 * moderator can fix in place, so it becomes one message about the page rather than a link to a field that
 * is not there.
 */
export function invalidForm(formData: FormData, error: z.ZodError): FormState {
  const fieldErrors = fieldErrorsFrom(error);
  if (Object.keys(fieldErrors).some((k) => HIDDEN.includes(k.split(".")[0]!))) {
    return errorState(formData, {}, "This page is out of date or incomplete. Reload it and try again.");
  }
  return errorState(formData, fieldErrors);
}
