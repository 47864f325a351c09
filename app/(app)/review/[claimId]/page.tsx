import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import {
  getFirstInQueue,
  getQueueNeighbours,
  getReviewClaim,
  listClaimHistory,
} from "@/db/queries/review-claim";
import { listEvidenceForClaims } from "@/db/queries/review-evidence";
import { getPersonOption } from "@/db/queries/users";
import { personChoiceOf } from "@/components/ui/picker-choice";
import { listUserNames } from "@/db/queries/review";
import { requirePageUser } from "@/app/_lib/guards";
import { can } from "@/lib/auth/permissions";
import { STATUS_LABELS, formatDate, formatTimestamp } from "@/lib/format";
import { ArticleExcerpt } from "@/components/review/article-excerpt";
import { EvidenceList } from "@/components/review/evidence-list";
import { ClaimHistory } from "@/components/review/claim-history";
import { statusReasonKind, toHistoryEntry } from "@/lib/history";
import { DecisionForms } from "@/components/review/decision-forms";
import { ReopenForm } from "@/components/review/reopen-form";
import { AssignForm } from "@/components/review/assign-form";
import { QueueNavigation } from "@/components/review/queue-navigation";
import { VERDICT_LABELS } from "@/components/review/verdicts";
import "@/components/review/review.css";
import { parseId } from "@/lib/parse-id";

type Props = {
  params: Promise<{ claimId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = parseId((await params).claimId);
  const claim = id === null ? undefined : getReviewClaim(getDb(), { id });
  return { title: claim ? `Review “${claim.quote}”` : "Review" };
}

export default async function ReviewClaimPage({ params, searchParams }: Props) {
  const user = await requirePageUser("review.read");
  const id = parseId((await params).claimId);
  if (id === null) notFound();
  const db = getDb();
  const claim = getReviewClaim(db, { id });
  if (!claim || claim.deletedAt !== null) notFound();
  const order = (await searchParams).order === "oldest" ? "oldest" : "newest";
  const evidence = listEvidenceForClaims(db, { claimIds: [id] }).get(id)!;
  const names = listUserNames(db);
  const events = listClaimHistory(db, { claimId: id });
  const history = events.map((e) => toHistoryEntry(e, (userId) => names.get(userId)));
  // After a reopen the claim's reason is the editor's, not the checker's dispute: label it so.
  const reopened = claim.status === "disputed" && statusReasonKind(events) === "reopen";
  const mayDecide = can(user.role, "claim.decide");
  const mayAssign = can(user.role, "claim.assign");
  const open = claim.status === "disputed" || claim.status === "unchecked";

  // A claim still in the queue has neighbours; one that left it (decided, dismissed) continues at the queue's head.
  const neighbours =
    claim.status === "disputed" && claim.statusAt !== null
      ? getQueueNeighbours(db, { at: claim.statusAt, id, order })
      : { nextId: getFirstInQueue(db, { order }), previousId: null };
  const suffix = order === "oldest" ? "?order=oldest" : "";
  const href = (claimId: number | null) =>
    claimId === null ? null : `/review/${claimId}${suffix}`;

  return (
    <div className="review review-claim">
      <QueueNavigation
        previousHref={href(neighbours.previousId)}
        nextHref={href(neighbours.nextId)}
      />
      <header className="article-header">
        <p className="muted small">
          <Link href={`/articles/${claim.articleId}#claim-${id}`}>{claim.articleTitle}</Link>
          {claim.outlet && <> · {claim.outlet}</>}
          {claim.publishedAt && <> · {formatDate(claim.publishedAt)}</>}
        </p>
        <h1>
          “{claim.quote}”{" "}
          <span className={`status status--${claim.status}`} data-testid="claim-status">
            {STATUS_LABELS[claim.status] ?? claim.status}
          </span>
        </h1>
      </header>
      <div className="workspace">
        <div className="review-main">
          <ArticleExcerpt
            body={claim.body}
            claim={{ id, start: claim.start, end: claim.end, status: claim.status }}
          />
          <section className="panel" aria-labelledby="evidence-heading">
            <h2 id="evidence-heading">Sources and links</h2>
            <EvidenceList evidence={evidence} />
          </section>
          <section className="panel" aria-labelledby="history-heading">
            <h2 id="history-heading">History</h2>
            <ClaimHistory entries={history} />
          </section>
        </div>
        <aside className="sidebar" aria-label="Decision">
          {claim.reason && (claim.status === "disputed" || claim.status === "decided") && (
            <section className="panel" aria-labelledby="dispute-heading">
              <h2 id="dispute-heading">
                {reopened
                  ? "Why the decision was reopened"
                  : claim.status === "disputed"
                    ? "The dispute"
                    : "Disputed"}
              </h2>
              <p data-testid="dispute-reason">{claim.reason}</p>
              <p className="muted small">
                {reopened ? "Reopened by " : ""}
                {claim.statusByName ?? "Someone"}
                {claim.statusAt && <>, {formatTimestamp(claim.statusAt)}</>}
              </p>
            </section>
          )}
          {claim.status === "decided" && (
            <section
              className="panel decision"
              aria-labelledby="decision-heading"
              data-testid="decision"
            >
              <h2 id="decision-heading">
                Verdict:{" "}
                <span className="verdict">
                  {claim.verdict ? VERDICT_LABELS[claim.verdict] : "—"}
                </span>
              </h2>
              <p>{claim.decisionNote}</p>
              <p className="muted small">
                Decided by {claim.decidedByName ?? "an editor"}
                {claim.decidedAt && <>, {formatTimestamp(claim.decidedAt)}</>}
              </p>
            </section>
          )}
          {claim.status === "disputed" && mayDecide && (
            <DecisionForms claimId={id} version={claim.version} />
          )}
          {claim.status === "disputed" && !mayDecide && (
            <p className="panel muted small">
              Waiting for an editor’s decision. You can follow it here.
            </p>
          )}
          {claim.status === "decided" && mayDecide && (
            <ReopenForm claimId={id} version={claim.version} />
          )}
          {claim.status === "verified" && (
            <p className="panel small">Verified{claim.reason ? `: ${claim.reason}` : "."}</p>
          )}
          {open && mayAssign ? (
            <section className="panel">
              <AssignForm
                claimId={id}
                version={claim.version}
                assignee={
                  claim.assigneeId === null
                    ? null
                    : personChoiceOf(getPersonOption(db, { id: claim.assigneeId }))
                }
              />
            </section>
          ) : (
            claim.assigneeName && <p className="panel small">Assigned to {claim.assigneeName}</p>
          )}
        </aside>
      </div>
    </div>
  );
}
