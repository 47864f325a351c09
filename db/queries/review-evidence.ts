import { eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Db } from "../index";
import { articles, claimLinks, claimSources, claims, sources } from "../schema";

export interface EvidenceSource {
  claimId: number;
  sourceId: number;
  title: string;
  url: string | null;
  publisher: string | null;
  stance: "supports" | "contradicts" | "context";
  locator: string | null;
}

export interface EvidenceLink {
  claimId: number;
  linkId: number;
  relation: string;
  /** "out": this claim → other; "in": other → this claim. */
  direction: "out" | "in";
  otherId: number;
  otherQuote: string;
  otherStatus: string;
  otherArticleId: number;
  otherArticleTitle: string;
}

export interface Evidence {
  sources: EvidenceSource[];
  links: EvidenceLink[];
}

const other = alias(claims, "other");
const otherArticle = alias(articles, "other_article");

/** Sources and links (both directions) for a page of claims: one query per kind, contradictions first. */
export function listEvidenceForClaims(
  db: Db,
  { claimIds }: { claimIds: number[] },
): Map<number, Evidence> {
  const byClaim = new Map<number, Evidence>(claimIds.map((id) => [id, { sources: [], links: [] }]));
  if (claimIds.length === 0) return byClaim;

  const sourceRows = db
    .select({
      claimId: claimSources.claimId,
      sourceId: sources.id,
      title: sources.title,
      url: sources.url,
      publisher: sources.publisher,
      stance: claimSources.stance,
      locator: claimSources.locator,
    })
    .from(claimSources)
    .innerJoin(sources, eq(sources.id, claimSources.sourceId))
    .where(inArray(claimSources.claimId, claimIds))
    .orderBy(sql`${claimSources.stance} <> 'contradicts'`, claimSources.id)
    .all();
  for (const row of sourceRows) byClaim.get(row.claimId)?.sources.push(row);

  const linkFields = (direction: "out" | "in") => ({
    claimId: direction === "out" ? claimLinks.fromClaimId : claimLinks.toClaimId,
    linkId: claimLinks.id,
    relation: claimLinks.relation,
    otherId: other.id,
    otherQuote: other.quote,
    otherStatus: other.status,
    otherArticleId: otherArticle.id,
    otherArticleTitle: otherArticle.title,
  });
  const linksIn = (direction: "out" | "in") => {
    const [ours, theirs] =
      direction === "out"
        ? [claimLinks.fromClaimId, claimLinks.toClaimId]
        : [claimLinks.toClaimId, claimLinks.fromClaimId];
    return db
      .select(linkFields(direction))
      .from(claimLinks)
      .innerJoin(other, eq(other.id, theirs))
      .innerJoin(otherArticle, eq(otherArticle.id, other.articleId))
      .where(inArray(ours, claimIds))
      .all()
      .map((r) => ({ ...r, direction }));
  };
  const outgoing = linksIn("out");
  const incoming = linksIn("in");
  const links = [...outgoing, ...incoming].sort(
    (a, b) =>
      Number(b.relation === "contradicts") - Number(a.relation === "contradicts") ||
      a.linkId - b.linkId,
  );
  for (const link of links) byClaim.get(link.claimId)?.links.push(link);
  return byClaim;
}
