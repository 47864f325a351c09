import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { getDb } from "@/db";
import { getDecidedClaimForReview } from "@/db/queries/claim-review";
import { publicClaimsEnabled } from "@/db/queries/settings";
import { currentUser } from "@/app/_lib/guards";
import { env } from "@/lib/env";
import { VERDICT_TEXT } from "@/lib/export/annotations";
import { buildClaimReview, jsonForScript, PUBLISHER } from "@/lib/export/claim-review";
import { formatDate } from "@/lib/format";
import "@/components/export/export.css";
import { parseId } from "@/lib/parse-id";

type Props = { params: Promise<{ id: string }> };

async function origin(): Promise<string> {
  const h = await headers();
  const proto = h.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http";
  return `${proto}://${h.get("x-forwarded-host") ?? h.get("host") ?? "localhost"}`;
}

/** Signed-in users always; everyone when an admin made decided claims public. Checked before the claim
 * is looked up, so an anonymous visitor cannot tell which ids exist. */
async function mayRead(id: number): Promise<boolean> {
  if (await currentUser()) return true;
  if (publicClaimsEnabled(getDb(), env().TALLY_PUBLIC_CLAIMS === "1")) return true;
  redirect(`/login?next=${encodeURIComponent(`/c/${id}`)}`);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = parseId((await params).id);
  if (
    id === null ||
    (!(await currentUser()) && !publicClaimsEnabled(getDb(), env().TALLY_PUBLIC_CLAIMS === "1"))
  )
    return { title: "Fact-check" };
  const row = getDecidedClaimForReview(getDb(), { id });
  return {
    title: row
      ? `Fact-check: “${row.quote}” — ${VERDICT_TEXT[row.verdict ?? ""] ?? "decided"}`
      : "Fact-check",
  };
}

export default async function ClaimReviewPage({ params }: Props) {
  const id = parseId((await params).id);
  if (id === null) notFound();
  await mayRead(id);
  const row = getDecidedClaimForReview(getDb(), { id });
  if (!row) notFound();
  const review = buildClaimReview(row, await origin());
  const verdict = VERDICT_TEXT[row.verdict ?? ""] ?? "No verdict";
  return (
    <main className="claim-page">
      {/* JSON-LD must be raw text in the script; jsonForScript escapes < > & U+2028 U+2029 so nothing can close the tag. */}
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: jsonForScript(review) }}
      />
      <Link href="/" className="brand claim-page-brand">
        Tal<span>ly</span>
      </Link>
      <p className="muted small">Fact-check by {PUBLISHER}</p>
      <h1>
        Verdict:{" "}
        <span className="verdict" data-testid="verdict">
          {verdict}
        </span>
      </h1>
      <blockquote data-testid="claim-sentence">
        {row.sentence.slice(0, row.quoteStart)}
        <mark>{row.sentence.slice(row.quoteStart, row.quoteEnd)}</mark>
        {row.sentence.slice(row.quoteEnd)}
      </blockquote>
      <h2>Explanation</h2>
      {row.decisionNote ? (
        <p className="explanation">{row.decisionNote}</p>
      ) : (
        <p className="muted">The editor gave no explanation.</p>
      )}
      <dl>
        <dt>Article</dt>
        <dd>
          {row.articleUrl ? (
            <a href={row.articleUrl} rel="noopener noreferrer nofollow">
              {row.articleTitle}
            </a>
          ) : (
            row.articleTitle
          )}
          {row.outlet && <span className="muted"> · {row.outlet}</span>}
          {row.publishedAt && <span className="muted"> · {formatDate(row.publishedAt)}</span>}
        </dd>
        <dt>Decided</dt>
        <dd>
          {row.decidedAt ? formatDate(new Date(row.decidedAt).toISOString()) : "—"}
          {row.editorName && <span className="muted"> by {row.editorName}</span>}
        </dd>
      </dl>
    </main>
  );
}
