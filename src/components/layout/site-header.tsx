import Link from "next/link";
import type { ReactNode } from "react";

export const serviceName = "West Yorkshire Creative Health Asset Directory";

/**
 * The page header: service name (links home) and the account links, above a navigation bar. The nav sits on
 * its own row at every width so the long service name never pushes links onto a ragged second line. On a
 * phone the header stays compact (about a seventh of a 740 px screen): the name in body size, "Sign in" beside
 * it, a signed-in account on one line, and the nav on one row.
 */
export function SiteHeader({ account, nav }: { account?: ReactNode; nav: ReactNode }) {
  return (
    <header className="bg-brand text-white">
      <div className="mx-auto flex max-w-page flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-2 sm:items-baseline sm:gap-x-6 sm:px-6 sm:pt-4 sm:pb-2">
        <Link
          href="/"
          className="min-w-0 flex-[1_1_12rem] text-body leading-tight font-bold text-white no-underline visited:text-white hover:text-white hover:underline focus-visible:text-focus-text sm:flex-none sm:text-heading-m"
        >
          {serviceName}
        </Link>
        {account ? (
          <div data-print="hide" className="max-w-full min-w-0">
            {account}
          </div>
        ) : null}
      </div>
      <div className="border-t border-white/30 bg-brand-dark">
        <div className="mx-auto max-w-page px-2 sm:px-3">{nav}</div>
      </div>
    </header>
  );
}
