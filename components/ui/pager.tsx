import Link from "next/link";

/** Previous / next links of a keyset-paged list; each link is a whole address (state lives in the URL). */
export function Pager({
  label,
  previousHref,
  nextHref,
}: {
  /** What the pages are of, for the landmark's name ("Article pages"). */
  label: string;
  previousHref?: string;
  nextHref?: string;
}) {
  if (!previousHref && !nextHref) return null;
  return (
    <nav className="pager" aria-label={label}>
      {previousHref && (
        <Link href={previousHref} rel="prev">
          ← Previous page
        </Link>
      )}
      {nextHref && (
        <Link href={nextHref} rel="next">
          Next page →
        </Link>
      )}
    </nav>
  );
}
