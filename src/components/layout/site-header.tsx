import Link from "next/link";
import { PrimaryNav } from "./primary-nav";

export const serviceName = "West Yorkshire Creative Health Asset Directory";

/**
 * The page header: service name (links home) above a navigation bar. The nav sits on its own row at every
 * width so the long service name never pushes links onto a ragged second line.
 */
export function SiteHeader() {
  return (
    <header className="bg-brand text-white">
      <div className="mx-auto max-w-page px-4 pt-3 pb-2 sm:px-6 sm:pt-4">
        <Link
          href="/"
          className="text-heading-m font-bold text-white no-underline visited:text-white hover:text-white hover:underline focus-visible:text-focus-text"
        >
          {serviceName}
        </Link>
      </div>
      <div className="border-t border-white/30 bg-brand-dark">
        <div className="mx-auto max-w-page px-2 sm:px-3">
          <PrimaryNav />
        </div>
      </div>
    </header>
  );
}
