import Link from "next/link";
import { DEFAULT_PAGE_SIZE, PAGE_SIZES, type ArticleState } from "@/lib/validation/article-list";
import { listHref } from "@/lib/validation/list-params";

const STATES: { value: ArticleState | undefined; label: string }[] = [
  { value: undefined, label: "All" },
  { value: "needs-work", label: "Needs work" },
  { value: "disputed", label: "Has disputed claims" },
];

/** The article list's search and filters: a plain GET form and links, so every view is an address. */
export function ArticleFilters({
  query,
  outlet,
  state,
  size,
  outlets,
}: {
  query: string;
  outlet?: string;
  state?: ArticleState;
  size?: number;
  outlets: string[];
}) {
  const filtered = query !== "" || outlet !== undefined || state !== undefined;
  return (
    <>
      <form method="get" action="/" role="search" className="inline-search">
        <label htmlFor="articles-q">Search articles</label>
        <input
          id="articles-q"
          name="q"
          type="search"
          defaultValue={query}
          placeholder="Title, outlet or a figure like 1,114"
          maxLength={200}
        />
        <label htmlFor="articles-outlet">Outlet</label>
        <select id="articles-outlet" name="outlet" defaultValue={outlet ?? ""}>
          <option value="">All outlets</option>
          {outlets.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
        <label htmlFor="articles-size">Per page</label>
        <select id="articles-size" name="size" defaultValue={String(size ?? DEFAULT_PAGE_SIZE)}>
          {PAGE_SIZES.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
        {state && <input type="hidden" name="state" value={state} />}
        <button type="submit">Search</button>
        {filtered && <Link href="/">Show all articles</Link>}
      </form>
      <nav className="sort-links" aria-label="Filter articles">
        <span className="muted">Show:</span>
        {STATES.map((s) => (
          <Link
            key={s.label}
            href={listHref("/", { q: query, outlet, state: s.value, size })}
            aria-current={s.value === state ? "true" : undefined}
          >
            {s.label}
          </Link>
        ))}
      </nav>
    </>
  );
}
