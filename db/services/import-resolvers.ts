import { and, eq, isNull } from "drizzle-orm";
import { articles, sources, users } from "@/db/schema";
import type { DbOrTx } from "@/db/queries/audit";
import { bodyHash } from "@/lib/import/normalize";
import { normalizeSourceUrl } from "@/lib/sources/normalize-url";
import type { ImportAgent, ImportArticleEntry } from "@/lib/export/annotation-import-schema";
import type { AnnotationImportResult } from "./annotation-import";

/** How an import finds (or makes) the articles, sources and people an export refers to. */

export function resolveArticle(
  tx: DbOrTx,
  urn: string,
  entries: Map<string, ImportArticleEntry>,
  cache: Map<string, { id: number; body: string }>,
  result: AnnotationImportResult,
  actorId: number | null,
): { id: number; body: string } | undefined {
  const cached = cache.get(urn);
  if (cached) return cached;
  const entry = entries.get(urn);
  if (!entry) return undefined;
  const hash = bodyHash(entry["tally:body"]);
  const existing = tx
    .select({ id: articles.id, body: articles.body })
    .from(articles)
    .where(eq(articles.bodyHash, hash))
    .get();
  const article =
    existing ??
    tx
      .insert(articles)
      .values({
        title: entry["tally:title"],
        outlet: entry["tally:outlet"],
        url: entry["tally:url"],
        publishedAt: entry["tally:publishedAt"],
        body: entry["tally:body"],
        bodyHash: hash,
        importedBy: actorId,
        ...(entry.created ? { createdAt: Date.parse(entry.created) } : {}),
      })
      .returning({ id: articles.id, body: articles.body })
      .get();
  if (!existing) result.articlesCreated++;
  cache.set(urn, article);
  return article;
}

/** The library's source with the same normalised URL (or, for a source without a URL, the same title),
 * or a new one. The URL is normalised here rather than trusted from the file, so the dedupe key is Tally's.
 * Null when the URL is not an http(s) address. */
export function resolveSource(
  tx: DbOrTx,
  source: {
    title: string;
    url: string | null;
    publisher: string | null;
    publishedOn: string | null;
    type: (typeof sources.$inferInsert)["type"];
  },
  createdBy: number | null,
): number | null {
  let url: string | null = null;
  let normalizedUrl: string | null = null;
  if (source.url) {
    const normalized = normalizeSourceUrl(source.url);
    if (!normalized.ok) return null;
    url = normalized.url;
    normalizedUrl = normalized.normalized;
  }
  const existing = normalizedUrl
    ? tx
        .select({ id: sources.id })
        .from(sources)
        .where(eq(sources.normalizedUrl, normalizedUrl))
        .get()
    : tx
        .select({ id: sources.id })
        .from(sources)
        .where(and(eq(sources.title, source.title), isNull(sources.url)))
        .get();
  if (existing) return existing.id;
  const { title, publisher, publishedOn, type } = source;
  return tx
    .insert(sources)
    .values({ title, url, normalizedUrl, publisher, publishedOn, type, createdBy })
    .returning({ id: sources.id })
    .get().id;
}

/** People are matched by email; someone unknown becomes a disabled account that cannot sign in
 * (no password hash verifies), so their name stays attached to their work. */
export class PeopleResolver {
  private readonly cache = new Map<string, number>();
  constructor(
    private readonly tx: DbOrTx,
    private readonly result: AnnotationImportResult,
  ) {}

  id(agent: ImportAgent | null | undefined): number | null {
    if (!agent?.email) return null;
    const email = agent.email.slice("mailto:".length).trim().toLowerCase();
    const cached = this.cache.get(email);
    if (cached !== undefined) return cached;
    const found = this.tx.select({ id: users.id }).from(users).where(eq(users.email, email)).get();
    const id =
      found?.id ??
      this.tx
        .insert(users)
        .values({
          email,
          name: agent.name,
          role: "checker",
          passwordHash: "!imported",
          disabledAt: Date.now(),
        })
        .returning({ id: users.id })
        .get().id;
    if (!found) this.result.usersCreated++;
    this.cache.set(email, id);
    return id;
  }
}
