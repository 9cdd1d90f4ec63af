"use server";

import { redirect } from "next/navigation";
import type { FormState } from "@/lib/form-state";
import { ok } from "@/lib/result";
import { organisationSchema, ORGANISATION_FIELDS } from "@/lib/validation/organisation";
import { returnPathSchema } from "@/lib/validation/auth";
import { formAction } from "@/server/auth/form-action";
import { createOrganisation } from "@/server/organisations/create-organisation";
import { updateOrganisation } from "@/server/organisations/update-organisation";

function detailsFrom(formData: FormData) {
  return Object.fromEntries(ORGANISATION_FIELDS.map((f) => [f, formData.get(f) ?? ""]));
}

export async function createOrganisationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return formAction(formData, {
    allow: "user",
    returnTo: "/provider/organisations/new",
    schema: organisationSchema,
    input: detailsFrom,
    run: async (details, actor) => ok(await createOrganisation(details, actor)),
    revalidate: { path: "/provider" },
    done: (_, __, f) => {
      const next = returnPathSchema.parse(f.get("next") ?? "/provider");
      redirect(next === "/provider" ? "/provider?done=organisation-created" : next);
    },
  });
}

export async function updateOrganisationAction(organisationId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return formAction(formData, {
    allow: "user",
    returnTo: `/provider/organisations/${organisationId}/edit`,
    schema: organisationSchema,
    input: detailsFrom,
    run: async (details, actor) => ok(await updateOrganisation({ organisationId, details }, actor)),
    forbidden: { message: "You cannot change this organisation. Only its members can." },
    revalidate: { path: "/provider" },
    done: () => redirect("/provider?done=organisation-updated"),
  });
}
