import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { getArticleById } from "@/db/queries/articles";
import { requirePageUser } from "@/app/_lib/guards";
import { formatDate } from "@/lib/format";
import { ArticleBody } from "@/components/article/article-body";
import { ArticleWorkspace } from "@/components/article/article-workspace";
import { loadWorkspace } from "./load-workspace";
import { RemovedOnImport } from "@/components/import/removed-on-import";
import { ArticleChecks } from "@/components/suggestions/article-checks";
import { listFlagsForArticle } from "@/db/queries/flags";
import { checkArticleArithmetic } from "@/db/queries/arithmetic";
import { suggestionSections } from "@/components/suggestions/suggestion-sections";
import { listOpenSuggestionsForArticle } from "@/db/queries/suggestions";
import { can } from "@/lib/auth/permissions";
import { claimContext } from "@/lib/article/claim-context";
import { isLookingForLinks } from "@/db/jobs/follow-ups";
import { LookingForLinks } from "@/components/suggestions/looking-for-links";
import { parseId } from "@/lib/parse-id";
import { listOpenAlertsForArticle, listWatchChoices } from "@/db/queries/alerts";
import { AlertBanner } from "@/components/alerts/alert-banner";
import { WatchToggle } from "@/components/alerts/watch-toggle";

type Props = { params: Promise<{ id: string }> };

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
  const data = loadWorkspace(db, { articleId: id, user });
  const suggestions = suggestionSections(
    data.claims.map((c) => c.id),
    listOpenSuggestionsForArticle(db, { articleId: id }),
  );
  const watchChoices = listWatchChoices(db, { articleId: id });
  const canWatch = can(user.role, "claim.annotate");
  return (
    <article>
      <header className="article-header">
        <h1>{article.title}</h1>
        <p className="muted">
          {[article.outlet, article.publishedAt ? formatDate(article.publishedAt) : null]
            .filter(Boolean)
            .join(" · ") || "Outlet and date unknown"}
          {article.url && (
            <>
              {" · "}
              <a href={article.url} rel="noopener noreferrer nofollow" target="_blank">
                original
              </a>
            </>
          )}
        </p>
        <RemovedOnImport removedJson={article.removedJson} />
        <LookingForLinks pending={isLookingForLinks(db, { articleId: id })} />
        <AlertBanner alerts={listOpenAlertsForArticle(db, { articleId: id })} />
      </header>
      {/* Other features' claim-panel sections go in `extraSections`, keyed by claim id. */}
      <ArticleChecks
        flags={listFlagsForArticle(db, { articleId: id })}
        arithmetic={checkArticleArithmetic(db, id, article.publishedAt)}
        canResolve={can(user.role, "claim.annotate")}
      />
      <ArticleWorkspace
        key={id}
        data={data}
        text={<ArticleBody body={article.body} claims={data.claims} />}
        contexts={Object.fromEntries(
          data.claims.map((c) => [c.id, claimContext(article.body, c.start, c.end)]),
        )}
        extraSections={Object.fromEntries(
          data.claims.map((c) => [
            c.id,
            <>
              <WatchToggle
                key={`${c.id}:${watchChoices.get(c.id) ?? ""}`}
                claimId={c.id}
                status={c.status}
                choice={watchChoices.get(c.id) ?? null}
                canWatch={canWatch}
              />
              {suggestions[c.id]}
            </>,
          ]),
        )}
      />
    </article>
  );
}
