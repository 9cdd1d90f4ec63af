import type { ReactNode } from "react";

/**
 * A banner for something the user needs to know about the page (info) or the result of what they just did
 * (success). As in GOV.UK, info is a labelled region and success is an alert, so it is announced.
 */
export function NotificationBanner({
  variant = "info",
  title,
  id = "notification-banner",
  children,
}: {
  variant?: "info" | "success";
  title?: string;
  id?: string;
  children: ReactNode;
}) {
  const success = variant === "success";
  const titleId = `${id}-title`;
  return (
    <div
      id={id}
      role={success ? "alert" : "region"}
      aria-labelledby={titleId}
      className={`mb-8 border-4 ${success ? "border-success" : "border-brand"}`}
    >
      <div className={`px-4 py-1 ${success ? "bg-success" : "bg-brand"}`}>
        <h2 id={titleId} className="text-body font-bold text-white">
          {title ?? (success ? "Success" : "Important")}
        </h2>
      </div>
      <div className="bg-canvas p-4">{children}</div>
    </div>
  );
}
