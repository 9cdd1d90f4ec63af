"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { errorState, fieldErrorsFrom, type FormState } from "@/lib/form-state";
import { verifyBatchSchema } from "@/lib/validation/moderation";
import { requireRole } from "@/server/auth/permissions";
import { archiveListing } from "@/server/moderation/archive-listing";
import { verifyListings, type BatchResult } from "@/server/moderation/verify-listing";

/** Verifies (or archives) every ticked imported listing; each on its own lock, conflicts reported by name. */
export async function verifyBatchAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole("moderator", "/moderate/verify");
  const parsed = verifyBatchSchema.safeParse({ action: formData.get("action") ?? undefined, items: formData.getAll("items"), reason: formData.get("reason") ?? undefined });
  if (!parsed.success) return errorState(formData, fieldErrorsFrom(parsed.error));
  const { action, items, reason } = parsed.data;
  if (action === "archive" && !reason) return errorState(formData, { reason: "Say why these listings are being archived" });
  let result: BatchResult;
  if (action === "verify") result = await verifyListings({ items }, actor);
  else {
    result = { done: [], conflicts: [] };
    for (const item of items) {
      const outcome = await archiveListing({ ...item, reason: reason! }, actor);
      if (outcome.ok) result.done.push(item.serviceId);
      else result.conflicts.push({ serviceId: item.serviceId, message: outcome.message });
    }
  }
  revalidatePath("/", "layout");
  if (result.conflicts.length) {
    return errorState(formData, {}, `${result.done.length} done. ${result.conflicts.length} could not be: ${result.conflicts[0]!.message}`);
  }
  redirect(`/moderate/verify?done=batch-${action === "verify" ? "verified" : "archived"}`);
}
