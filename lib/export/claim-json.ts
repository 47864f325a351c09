import type { ExportBundle, ExportClaim } from "@/db/queries/export";

const isoOrNull = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** A claim as the REST API returns it: its own fields, its article, and (with `detail`) notes, sources and links. */
export function claimToJson(
  claim: ExportClaim,
  bundle: ExportBundle,
  { detail = false }: { detail?: boolean } = {},
) {
  const article = bundle.articles.get(claim.articleId);
  const userName = (id: number | null) =>
    id === null ? null : (bundle.users.get(id)?.name ?? null);
  const base = {
    id: claim.id,
    article: article
      ? { id: article.id, title: article.title, outlet: article.outlet, url: article.url }
      : { id: claim.articleId },
    quote: claim.quote,
    start: claim.start,
    end: claim.end,
    value: claim.value,
    low: claim.low,
    high: claim.high,
    kind: claim.kind,
    unit: claim.unit,
    currency: claim.currency,
    counted: claim.counted,
    qualifier: claim.qualifier,
    change: claim.change,
    from: claim.from,
    period: claim.period,
    origin: claim.origin,
    status: claim.status,
    statusReason: claim.statusReason,
    verdict: claim.verdict,
    decisionNote: claim.decisionNote,
    decidedBy: userName(claim.decidedBy),
    decidedAt: isoOrNull(claim.decidedAt),
    orphaned: claim.orphanedAt !== null,
    version: claim.version,
    createdAt: isoOrNull(claim.createdAt),
    updatedAt: isoOrNull(claim.updatedAt),
  };
  if (!detail) return base;
  return {
    ...base,
    prefix: claim.prefix,
    suffix: claim.suffix,
    notes: (bundle.notes.get(claim.id) ?? []).map((n) => ({
      id: n.id,
      author: userName(n.authorId),
      text: n.plainText,
      createdAt: isoOrNull(n.createdAt),
      updatedAt: isoOrNull(n.updatedAt),
    })),
    sources: (bundle.sources.get(claim.id) ?? []).map((s) => ({
      id: s.sourceId,
      title: s.title,
      url: s.url,
      publisher: s.publisher,
      publishedOn: s.publishedOn,
      type: s.type,
      stance: s.stance,
      locator: s.locator,
    })),
    links: (bundle.links.get(claim.id) ?? []).map((l) => ({
      toClaimId: l.toClaimId,
      relation: l.relation,
    })),
  };
}
