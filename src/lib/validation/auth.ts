import { z } from "zod";

/** Only same-site relative paths: never an open redirect. */
export const returnPathSchema = z
  .string()
  .trim()
  .max(500)
  .refine((p) => p.startsWith("/") && !p.startsWith("//") && !p.startsWith("/\\"), "Not a path on this site")
  .catch("/provider");

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
