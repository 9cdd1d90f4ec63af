import { z } from "zod";
import { safeReturnPath } from "@/lib/return-path";

/** Only same-site paths (src/lib/return-path.ts): never an open redirect. Anything else becomes /provider. */
export const returnPathSchema = z.unknown().transform((p) => safeReturnPath(p));

export const signInSchema = z.object({
  email: z
    .string({ error: "Enter your email address" })
    .trim()
    .toLowerCase()
    .min(1, "Enter your email address")
    .max(254, "Email address must be 254 characters or fewer")
    .pipe(z.email({ error: "Enter an email address in the correct format, like name@example.com" })),
  callbackUrl: returnPathSchema.default("/provider"),
});
export type SignIn = z.infer<typeof signInSchema>;

export const roleSchema = z.enum(["provider", "moderator", "admin"], { error: "Choose provider, moderator or admin" });

export const grantRoleSchema = z.object({
  email: signInSchema.shape.email,
  role: roleSchema,
});
export type GrantRole = z.infer<typeof grantRoleSchema>;
