/** The primary navigation, in order. Routes are built by other parts of the app. */
export const primaryNavItems = [
  { href: "/search", label: "Search" },
  { href: "/insights", label: "Insights" },
  { href: "/provider", label: "For providers" },
  { href: "/moderate", label: "Moderate" },
] as const;

/** True when `pathname` is `href` or a page beneath it ("/search/123" is in "Search"). */
export function isActivePath(pathname: string | null | undefined, href: string): boolean {
  if (!pathname) return false;
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  return path === href || path.startsWith(`${href}/`);
}
