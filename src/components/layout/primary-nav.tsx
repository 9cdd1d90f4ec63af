"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { usePathname } from "next/navigation";
import { isActivePath, type NavItem } from "./nav-items";

/**
 * The header's section links. A client component only to read the current path for `aria-current="page"`;
 * the links render on the server too, so navigation works without JavaScript. Which links (`items`) and the
 * `badges` beside them (e.g. the moderation queue count) are decided on the server for the signed-in person.
 */
export function PrimaryNav({ items, badges = {} }: { items: readonly NavItem[]; badges?: Partial<Record<string, ReactNode>> }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" data-print="hide">
      <ul className="flex flex-wrap sm:gap-x-1">
        {items.map((item) => {
          const active = isActivePath(pathname, item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={active ? "page" : undefined}
                className={`block px-1 py-2 text-small font-bold sm:text-body text-white no-underline visited:text-white hover:text-white hover:underline focus-visible:text-focus-text sm:px-3 ${
                  active ? "border-b-4 border-white" : "border-b-4 border-transparent"
                }`}
              >
                {item.label}
                {badges[item.href] ?? null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
