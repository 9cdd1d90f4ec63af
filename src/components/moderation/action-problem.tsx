import { FocusOnMount } from "@/components/ui/focus-on-mount";

/**
 * The answer to a moderator action that could not be done (someone else acted first, the listing moved on).
 * Announced and focused like an error summary; says that nothing was changed and how to see the latest.
 */
export function ActionProblem({ message, reloadHref, id = "action-problem" }: { message: string | undefined; reloadHref: string; id?: string }) {
  if (!message) return null;
  return (
    <FocusOnMount focusKey={message} role="alert" aria-labelledby={`${id}-title`} className="mb-6 border-4 border-error p-4">
      <h2 id={`${id}-title`} className="mb-2 text-heading-m font-bold">
        This was not done
      </h2>
      <p className="mb-2">{message}</p>
      <a href={reloadHref}>See the latest version of this page</a>
    </FocusOnMount>
  );
}
