import Link from "next/link";
import type { ReactNode } from "react";
import { PrimaryNav } from "./primary-nav";

export const serviceName = "West Yorkshire Creative Health Asset Directory";

/**
 * The page header: service name (links home) above a navigation bar. The nav sits on its own row at every
 * width so the long service name never pushes links onto a ragged second line.
 */
export function SiteHeader({ account, navBadges }: { account?: ReactNode; navBadges?: Partial<Record<string, ReactNode>> }) {
  return (
    <header className="bg-brand text-white">
      <div className="mx-auto flex max-w-page flex-wrap items-baseline justify-between gap-x-6 gap-y-1 px-4 pt-3 pb-2 sm:px-6 sm:pt-4">
        <Link
          href="/"
          className="text-heading-m font-bold text-white no-underline visited:text-white hover:text-white hover:underline focus-visible:text-focus-text"
        >
          {serviceName}
        </Link>
        {account ? <div data-print="hide">{account}</div> : null}
      </div>
      <div className="border-t border-white/30 bg-brand-dark">
        <div className="mx-auto max-w-page px-2 sm:px-3">
          <PrimaryNav badges={navBadges} />
        </div>
      </div>
    </header>
  );
}
