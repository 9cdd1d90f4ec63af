"use server";

import { signOut } from "@/server/auth/auth";

/** Ends the session everywhere (the session row is deleted). */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
