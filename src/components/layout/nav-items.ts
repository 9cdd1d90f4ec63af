/** The primary navigation, in order. Routes are built by other parts of the app. */
export const primaryNavItems = [
  { href: "/search", label: "Search" },
  { href: "/insights", label: "Insights" },
  { href: "/provider", label: "For providers" },
  // A link everyone else could only follow to a sign-in page or a 403. The pages check the role themselves.
  { href: "/moderate", label: "Moderate", moderatorsOnly: true },
] as const;

export type NavItem = (typeof primaryNavItems)[number];

/** The links a visitor sees: "Moderate" only for those who may moderate (moderators and admins). */
export function visibleNavItems(canModerate: boolean): NavItem[] {
  return primaryNavItems.filter((item) => canModerate || !("moderatorsOnly" in item && item.moderatorsOnly));
}

/** True when `pathname` is `href` or a page beneath it ("/search/123" is in "Search"). */
export function isActivePath(pathname: string | null | undefined, href: string): boolean {
  if (!pathname) return false;
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  return path === href || path.startsWith(`${href}/`);
}
