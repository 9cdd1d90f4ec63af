import { FocusOnMount } from "@/components/ui/focus-on-mount";

/**
 * The answer to an action that could not be done as a whole (someone else acted first, the listing moved on,
 * too many attempts). Announced and focused like an error summary; offers a way to see the latest state.
 */
export function ActionProblem({
  message,
  reloadHref,
  id = "action-problem",
  title = "This was not done",
}: {
  message: string | undefined;
  reloadHref?: string;
  id?: string;
  title?: string;
}) {
  if (!message) return null;
  return (
    <FocusOnMount focusKey={message} role="alert" aria-labelledby={`${id}-title`} className="mb-6 border-4 border-error p-4">
      <h2 id={`${id}-title`} className="mb-2 text-heading-m font-bold">
        {title}
      </h2>
      <p className={reloadHref ? "mb-2" : ""}>{message}</p>
      {reloadHref ? <a href={reloadHref}>See the latest version of this page</a> : null}
    </FocusOnMount>
  );
}
