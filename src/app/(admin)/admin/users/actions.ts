"use server";

import type { FormState } from "@/lib/form-state";
import { ok } from "@/lib/result";
import { grantRoleSchema } from "@/lib/validation/auth";
import { formAction } from "@/server/auth/form-action";
import { grantRole } from "@/server/users/grant-role";

/** Admins only: gives someone (by email) the provider, moderator or admin role. */
export async function grantRoleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return formAction(formData, {
    allow: "admin",
    returnTo: "/admin/users",
    schema: grantRoleSchema,
    input: (f) => ({ email: f.get("email") ?? "", role: f.get("role") ?? "" }),
    run: async (data, admin) => ok(await grantRole(data, admin)),
    revalidate: { path: "/admin/users" },
    done: (user) => ({
      status: "success",
      message: `${user.email} is now ${article(user.role)} ${user.role}.`,
      fieldErrors: {},
      values: { email: user.email, role: user.role },
    }),
  });
}

function article(role: string): string {
  return /^[aeiou]/.test(role) ? "an" : "a";
}
