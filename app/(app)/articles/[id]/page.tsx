import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { getArticleById } from "@/db/queries/articles";
import { listWorkspaceClaims } from "@/db/queries/claims";
import { listNotesForArticle } from "@/db/queries/notes";
import { listClaimSourcesForArticle } from "@/db/queries/sources";
import { listLinksForArticle } from "@/db/queries/links";
import { listHistoryForArticle } from "@/db/queries/history";
import { requirePageUser } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/format";
import { ArticleBody } from "@/components/article/article-body";
import { ArticleWorkspace } from "@/components/article/article-workspace";
import { buildWorkspaceData } from "@/components/article/workspace-data";

type Props = { params: Promise<{ id: string }> };

function parseId(raw: string): number | null {
  return /^\d{1,12}$/.test(raw) ? Number(raw) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = parseId((await params).id);
  const article = id === null ? undefined : getArticleById(getDb(), { id });
  return { title: article?.title ?? "Article" };
}

export default async function ArticlePage({ params }: Props) {
  const user = await requirePageUser("article.read");
  const id = parseId((await params).id);
  if (id === null) notFound();
  const db = getDb();
  const article = getArticleById(db, { id });
  if (!article) notFound();
  // A fixed number of queries whatever the number of claims: claims, notes, sources, links (two), history.
  const claims = listWorkspaceClaims(db, { articleId: id });
  const data = buildWorkspaceData({
    articleId: id,
    me: { id: user.id, name: user.name },
    canAnnotate: can(user.role, "claim.annotate"),
    claims,
    notes: listNotesForArticle(db, { articleId: id }),
    sources: listClaimSourcesForArticle(db, { articleId: id }),
    links: listLinksForArticle(db, { articleId: id }),
    history: listHistoryForArticle(db, { articleId: id }),
  });
  return (
    <article>
      <header className="article-header">
        <h1>{article.title}</h1>
        <p className="muted">
          {[article.outlet, article.publishedAt ? formatDate(article.publishedAt) : null].filter(Boolean).join(" · ") ||
            "Outlet and date unknown"}
          {article.url && (
            <>
              {" · "}
              <a href={article.url} rel="noopener noreferrer nofollow" target="_blank">
                original
              </a>
            </>
          )}
        </p>
      </header>
      <ArticleWorkspace key={id} data={data} text={<ArticleBody body={article.body} claims={data.claims} />} />
    </article>
  );
}
