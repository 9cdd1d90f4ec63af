"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/server/auth/permissions";
import { AccessDeniedError } from "@/server/auth/access-denied";
import { createOrganisation } from "@/server/organisations/create-organisation";
import { updateOrganisation } from "@/server/organisations/update-organisation";
import { errorState, fieldErrorsFrom, type FormState } from "@/lib/form-state";
import { organisationSchema, ORGANISATION_FIELDS } from "@/lib/validation/organisation";
import { returnPathSchema } from "@/lib/validation/auth";

function detailsFrom(formData: FormData) {
  return Object.fromEntries(ORGANISATION_FIELDS.map((f) => [f, formData.get(f) ?? ""]));
}

export async function createOrganisationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/provider/organisations/new");
  const parsed = organisationSchema.safeParse(detailsFrom(formData));
  if (!parsed.success) return errorState(formData, fieldErrorsFrom(parsed.error));
  await createOrganisation(parsed.data, user);
  revalidatePath("/provider");
  const next = returnPathSchema.parse(formData.get("next") ?? "/provider");
  redirect(next === "/provider" ? "/provider?done=organisation-created" : next);
}

export async function updateOrganisationAction(organisationId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser(`/provider/organisations/${organisationId}/edit`);
  const parsed = organisationSchema.safeParse(detailsFrom(formData));
  if (!parsed.success) return errorState(formData, fieldErrorsFrom(parsed.error));
  try {
    await updateOrganisation({ organisationId, details: parsed.data }, user);
  } catch (error) {
    if (error instanceof AccessDeniedError) return errorState(formData, {}, "You cannot change this organisation. Only its members can.");
    throw error;
  }
  revalidatePath("/provider");
  redirect("/provider?done=organisation-updated");
}
