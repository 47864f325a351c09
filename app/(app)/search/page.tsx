import type { Metadata } from "next";
import { getDb } from "@/db";
import { listOutlets, searchClaims } from "@/db/queries/search";
import { requirePageUser } from "@/app/_lib/guards";
import { isEmptySearch, searchQuerySchema } from "@/lib/validation/search";
import { SearchForm, type SearchFormValues } from "@/components/search/search-form";
import { SearchResults } from "@/components/search/search-results";
import { SearchKeys } from "@/components/search/search-keys";
import "@/components/search/search.css";

export const metadata: Metadata = { title: "Search" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Search the archive by words and by figures: full text over articles, claims, notes and sources,
 * with filters on value, kind, unit, status, verdict, outlet, source and date. */
export default async function SearchPage({ searchParams }: Props) {
  await requirePageUser("article.read");
  const values: SearchFormValues = {};
  for (const [key, value] of Object.entries(await searchParams))
    values[key] = Array.isArray(value) ? value[0] : value;
  const parsed = searchQuerySchema.safeParse(values);
  const db = getDb();
  const outlets = listOutlets(db);
  const query = parsed.success && !isEmptySearch(parsed.data) ? parsed.data : null;
  const result = query ? searchClaims(db, query) : null;
  const count = result?.groups.length ?? 0;

  return (
    <>
      <h1>Search</h1>
      <SearchKeys />
      <SearchForm values={values} outlets={outlets}>
        <section aria-live="polite">
          {!parsed.success ? (
            <p className="card field-error" role="alert">
              {parsed.error.issues[0]?.message}
            </p>
          ) : !result ? (
            <p className="card muted">
              Type words (stemmed: <em>death</em> finds <em>deaths</em>; quote a phrase) and/or set
              filters, e.g. every claim about deaths between 500 and 2,000 published in 2017.{" "}
              <kbd>/</kbd> focuses the box, <kbd>j</kbd>/<kbd>k</kbd> or the arrows move through
              results, <kbd>Enter</kbd> opens one.
            </p>
          ) : count === 0 ? (
            <p className="card muted">Nothing matches. Try fewer words or wider filters.</p>
          ) : (
            <>
              <p className="muted small" data-testid="search-summary">
                {result.truncated
                  ? `The best ${count} articles; more match: add words or filters to narrow the search.`
                  : `${count} article${count === 1 ? "" : "s"}.`}
              </p>
              <SearchResults groups={result.groups} />
            </>
          )}
        </section>
      </SearchForm>
    </>
  );
}
