import Link from "next/link";
import { PrimaryNav } from "./primary-nav";

export const serviceName = "West Yorkshire Creative Health Asset Directory";

/** The page header: service name (links home) and the primary navigation. Wraps cleanly down to 320px. */
export function SiteHeader() {
  return (
    <header className="border-b-8 border-brand-light bg-brand text-white">
      <div className="mx-auto flex max-w-page flex-col gap-2 px-4 py-3 sm:px-6 lg:flex-row lg:items-end lg:justify-between">
        <Link
          href="/"
          className="text-heading-m font-bold text-white no-underline visited:text-white hover:text-white hover:underline"
        >
          {serviceName}
        </Link>
        <PrimaryNav />
      </div>
    </header>
  );
}
