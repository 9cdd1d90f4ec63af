/**
 * First focusable element on every page: hidden until focused, then lets keyboard users jump past the header.
 * `main` has tabIndex -1 so focus really moves there, not just the scroll position.
 */
export function SkipLink() {
  return (
    <a href="#main" data-print="hide" className="sr-only bg-focus font-bold text-ink focus:not-sr-only focus:block focus:p-3">
      Skip to main content
    </a>
  );
}
