import type { ReactNode } from "react";

/**
 * One group of filters that opens and closes (a native <details>: keyboard and screen-reader friendly, no
 * JavaScript needed). Open when it holds a chosen filter or an error, so nothing in force is hidden.
 */
export function FilterGroup({
  title,
  chosen = 0,
  open = false,
  children,
}: {
  title: string;
  chosen?: number;
  open?: boolean;
  children: ReactNode;
}) {
  return (
    <details open={open || chosen > 0} className="border-b border-rule">
      <summary className="cursor-pointer py-3 font-bold text-link hover:text-link-hover">
        {title}
        {chosen > 0 ? <span className="font-normal text-ink"> ({chosen} chosen)</span> : null}
      </summary>
      <div className="pt-1 pb-2">{children}</div>
    </details>
  );
}
