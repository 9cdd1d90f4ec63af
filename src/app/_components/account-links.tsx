import Link from "next/link";
import { signOutAction } from "@/app/(auth)/sign-out-action";
import { currentActor } from "./current-actor";
import { hasRole } from "@/server/auth/policy";

/** Header corner: "Sign in", or who is signed in with a sign-out button (a real form: works without JS). */
export async function AccountLinks() {
  const user = await currentActor().catch(() => null);
  const linkClass = "inline-flex min-h-6 items-center text-white visited:text-white hover:text-white focus-visible:text-focus-text";
  if (!user) {
    return (
      <Link href="/sign-in" className={linkClass}>
        Sign in
      </Link>
    );
  }
  return (
    <form action={signOutAction} className="flex items-center gap-x-3 text-small sm:flex-wrap">
      {/* One line on a phone: a long address is cut short there (in full from 640 px up). */}
      <span className="min-w-0 truncate sm:whitespace-normal" title={user.email}>
        Signed in as <span className="font-bold">{user.email}</span>
        {hasRole(user, "moderator") ? ` (${user.role})` : null}
      </span>
      <button type="submit" className={`shrink-0 cursor-pointer underline ${linkClass}`}>
        Sign out
      </button>
    </form>
  );
}
