import type { ExportBundle } from "@/db/queries/export";
import { VERDICT_TEXT } from "./annotations";
import { csvDocument, csvHead, csvRow } from "./csv";

export const CLAIMS_CSV_HEADER = [
  "claim id",
  "article",
  "outlet",
  "article url",
  "quote",
  "value",
  "unit",
  "qualifier",
  "change",
  "from",
  "status",
  "verdict",
  "sources",
  "links",
];

/** One row per claim; sources and links are listed inside their cell, one per line. */
export function claimsCsv(bundle: ExportBundle): string {
  return csvDocument(CLAIMS_CSV_HEADER, claimsCsvRows(bundle));
}

/** The same document in pieces, one per page of claims, for streaming: the header, then each page's rows. */
export function* claimsCsvChunks(bundles: Iterable<ExportBundle>): Generator<string> {
  yield csvHead(CLAIMS_CSV_HEADER);
  for (const bundle of bundles) yield claimsCsvRows(bundle).map(csvRow).join("");
}

function claimsCsvRows(bundle: ExportBundle) {
  return bundle.claims.map((claim) => {
    const article = bundle.articles.get(claim.articleId);
    const sources = (bundle.sources.get(claim.id) ?? []).map(
      (s) => `${s.title}${s.url ? ` <${s.url}>` : ""} (${s.stance})`,
    );
    const links = (bundle.links.get(claim.id) ?? []).map(
      (l) => `${l.relation.replace(/_/g, " ")} → claim ${l.toClaimId}`,
    );
    return [
      claim.id,
      article?.title ?? "",
      article?.outlet ?? "",
      article?.url ?? "",
      claim.quote,
      claim.value,
      claim.currency ?? claim.unit ?? "",
      claim.qualifier,
      claim.change ?? "",
      claim.from ?? "",
      claim.status,
      claim.verdict ? (VERDICT_TEXT[claim.verdict] ?? claim.verdict) : "",
      sources.join("\n"),
      links.join("\n"),
    ];
  });
}
