import type { ClaimReviewRow } from "@/db/queries/claim-review";
import type { Verdict } from "@/lib/domain";
import { VERDICT_TEXT } from "./annotations";

/** The five verdicts on schema.org's 1 (false) .. 5 (true) scale. */
export const VERDICT_RATING: Record<Verdict, number> = {
  inaccurate: 1,
  misleading: 2,
  unverifiable: 3,
  mostly_accurate: 4,
  accurate: 5,
};

export const PUBLISHER = "Tally newsroom";

/** schema.org ClaimReview (https://schema.org/ClaimReview) with every field Google's fact-check
 * markup requires or recommends. `origin` is this deployment's public origin. */
export function buildClaimReview(row: ClaimReviewRow, origin: string) {
  const verdict = (row.verdict ?? "unverifiable") as Verdict;
  const outlet = {
    "@type": "Organization",
    name: row.outlet ?? hostOf(row.articleUrl) ?? "Unknown outlet",
  };
  const appearance = {
    "@type": "CreativeWork",
    url: row.articleUrl ?? `${origin}/articles/${row.articleId}`,
    headline: row.articleTitle,
    author: outlet,
    ...(row.publishedAt ? { datePublished: row.publishedAt } : {}),
  };
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: `${origin}/c/${row.id}`,
    claimReviewed: row.sentence.trim() || row.quote,
    ...(row.decisionNote ? { reviewBody: row.decisionNote } : {}),
    author: { "@type": "Organization", name: PUBLISHER, url: `${origin}/` },
    ...(row.editorName ? { editor: { "@type": "Person", name: row.editorName } } : {}),
    datePublished:
      row.decidedAt === null ? undefined : new Date(row.decidedAt).toISOString().slice(0, 10),
    reviewRating: {
      "@type": "Rating",
      ratingValue: VERDICT_RATING[verdict],
      bestRating: 5,
      worstRating: 1,
      alternateName: VERDICT_TEXT[verdict] ?? verdict,
    },
    itemReviewed: {
      "@type": "Claim",
      author: outlet,
      ...(row.publishedAt ? { datePublished: row.publishedAt } : {}),
      appearance,
      firstAppearance: appearance,
    },
  };
}

/** JSON safe inside <script type="application/ld+json">: no "</script>", "<!--" or HTML entity can form,
 * and U+2028/2029 (line breaks to old JavaScript parsers) are escaped too. Still valid JSON. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return null;
  }
}
