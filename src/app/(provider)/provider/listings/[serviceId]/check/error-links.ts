import { fieldId } from "@/lib/form-state";
import { stepOfPath } from "@/lib/listing-form/steps";

/** Error-summary items that link to the step page holding each field, coming back here after. */
export function errorLinks(serviceId: string, fieldErrors: Record<string, string>) {
  return Object.entries(fieldErrors).map(([path, message]) => ({
    fieldId: fieldId(path),
    message,
    href: `/provider/listings/${serviceId}/${stepOfPath(path)}?return=check#${fieldId(path)}`,
  }));
}
