"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { usePathname } from "next/navigation";
import { isActivePath, primaryNavItems } from "./nav-items";

/**
 * The header's section links. A client component only to read the current path for `aria-current="page"`;
 * the links render on the server too, so navigation works without JavaScript. `badges` are server-rendered
 * extras beside a link (e.g. the moderation queue count, shown to moderators only).
 */
export function PrimaryNav({ badges = {} }: { badges?: Partial<Record<string, ReactNode>> }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" data-print="hide">
      <ul className="flex flex-wrap gap-x-1 gap-y-1">
        {primaryNavItems.map((item) => {
          const active = isActivePath(pathname, item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={active ? "page" : undefined}
                className={`block px-2 py-2 text-small font-bold sm:text-body text-white no-underline visited:text-white hover:text-white hover:underline focus-visible:text-focus-text sm:px-3 ${
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
