import Link from "next/link";

/** GOV.UK back link: above the heading, to the previous page of a journey. */
export function BackLink({ href, children = "Back" }: { href: string; children?: string }) {
  return (
    <Link href={href} className="mb-6 inline-flex items-center gap-1 text-small text-ink visited:text-ink" data-print="hide">
      <span aria-hidden="true">‹</span> {children}
    </Link>
  );
}
