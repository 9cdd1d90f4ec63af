import Link from "next/link";
import type { ReactNode } from "react";

type HeadingLevel = 2 | 3 | 4;

/**
 * A bordered box with a heading, for grouped content such as an audience on the home page or a search result.
 * With `href` the heading becomes the link (one link per card keeps tab order short).
 */
export function Card({
  title,
  href,
  headingLevel = 2,
  children,
}: {
  title: ReactNode;
  href?: string;
  headingLevel?: HeadingLevel;
  children?: ReactNode;
}) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="h-full border-t-4 border-brand bg-surface p-4 sm:p-5">
      <Heading className="mb-2 text-heading-s font-bold">{href ? <Link href={href}>{title}</Link> : title}</Heading>
      {children ? <div className="space-y-2">{children}</div> : null}
    </div>
  );
}
