"use server";

import { revalidatePath } from "next/cache";
import { requireRole } from "@/server/auth/permissions";
import { ForbiddenError, grantRole } from "@/server/users/grant-role";
import { errorState, fieldErrorsFrom, type FormState } from "@/lib/form-state";
import { grantRoleSchema } from "@/lib/validation/auth";

/** Admins only: gives someone (by email) the provider, moderator or admin role. */
export async function grantRoleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const admin = await requireRole("admin", "/admin/users");
  const parsed = grantRoleSchema.safeParse({ email: formData.get("email") ?? "", role: formData.get("role") ?? "" });
  if (!parsed.success) return errorState(formData, fieldErrorsFrom(parsed.error));
  try {
    const user = await grantRole(parsed.data, admin);
    revalidatePath("/admin/users");
    return { status: "success", message: `${user.email} is now ${article(user.role)} ${user.role}.`, fieldErrors: {}, values: { email: user.email, role: user.role } };
  } catch (error) {
    if (error instanceof ForbiddenError) return errorState(formData, {}, error.message);
    throw error;
  }
}

function article(role: string): string {
  return role === "admin" ? "an" : "a";
}
