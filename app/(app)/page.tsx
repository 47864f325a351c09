import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { listArticleOutlets, searchArticles } from "@/db/queries/article-list";
import { requirePageUser } from "@/app/_lib/guards";
import { can } from "@/lib/auth/permissions";
import { readSearchFigure } from "@/lib/search/figure";
import { articleListQuerySchema, DEFAULT_PAGE_SIZE } from "@/lib/validation/article-list";
import { firstIssueMessage, listHref } from "@/lib/validation/list-params";
import { ArticleFilters } from "@/components/articles/article-filters";
import { ArticleTable } from "@/components/articles/article-table";
import { Pager } from "@/components/ui/pager";

export const metadata: Metadata = { title: "Articles" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ArticlesPage({ searchParams }: Props) {
  const user = await requirePageUser("article.read");
  const parsed = articleListQuerySchema.safeParse(await searchParams);
  const db = getDb();
  const outlets = listArticleOutlets(db);
  if (!parsed.success)
    return <ListProblem outlets={outlets} message={firstIssueMessage(parsed.error)} />;
  const { q = "", outlet, state, after, before, size } = parsed.data;
  const page = searchArticles(db, {
    query: q,
    figure: readSearchFigure(q),
    outlet,
    state,
    after,
    before,
    limit: size ?? DEFAULT_PAGE_SIZE,
  });
  if (!page)
    return (
      <ListProblem
        outlets={outlets}
        message="That page is no longer there (its article was removed): start again from the first page."
      />
    );
  const filtered = q !== "" || outlet !== undefined || state !== undefined;
  const href = (cursor: { after?: number; before?: number }) =>
    listHref("/", { q, outlet, state, size, ...cursor });
  const first = page.rows[0];
  const last = page.rows.at(-1);
  return (
    <>
      <h1>Articles</h1>
      <p className="muted">Every numeric claim in each article, highlighted for checking.</p>
      <ArticleFilters query={q} outlet={outlet} state={state} size={size} outlets={outlets} />
      {page.rows.length === 0 ? (
        <p className="card" role="status">
          {filtered
            ? "No article matches this search."
            : "No articles yet. An admin can import some."}
        </p>
      ) : (
        <ArticleTable rows={page.rows} mayAssign={can(user.role, "claim.assign")} />
      )}
      <Pager
        label="Article pages"
        previousHref={page.hasPrevious && first ? href({ before: first.id }) : undefined}
        nextHref={page.hasNext && last ? href({ after: last.id }) : undefined}
      />
    </>
  );
}

/** A list address that cannot be read (a hand-edited cursor or filter): said plainly, with the way back. */
function ListProblem({ message, outlets }: { message: string; outlets: string[] }) {
  return (
    <>
      <h1>Articles</h1>
      <ArticleFilters query="" outlets={outlets} />
      <p className="form-error" role="alert">
        {message} <Link href="/">Show all articles</Link>
      </p>
    </>
  );
}
