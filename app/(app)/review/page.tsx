import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import {
  countClaimsByStatus,
  countDisputedClaims,
  hasQueueFilter,
  listAssignedOpenClaims,
  listDisputedClaims,
  listQueueFilterOptions,
} from "@/db/queries/review";
import { listEvidenceForClaims } from "@/db/queries/review-evidence";
import { getPersonOption } from "@/db/queries/users";
import { personChoiceOf } from "@/components/ui/picker-choice";
import { requirePageUser } from "@/app/_lib/guards";
import { can } from "@/lib/auth/permissions";
import { StatusChart } from "@/components/review/status-chart";
import { QueueFilters } from "@/components/review/queue-filters";
import { FoldOnPhones } from "@/components/ui/fold-on-phones";
import { QueueItem } from "@/components/review/queue-item";
import { AssignedToMe } from "@/components/review/assigned-to-me";
import { QueueKeys } from "@/components/review/queue-keys";
import { OpenFlags } from "@/components/review/open-flags";
import { listFlagsForArticle, listOpenFlags } from "@/db/queries/flags";
import {
  cursorParam,
  activeFilterCount,
  parseQueueParams,
  queueHref,
  toQueueQuery,
} from "@/components/review/queue-params";
import "@/components/review/review.css";

export const metadata: Metadata = { title: "Review queue" };

const PAGE_SIZE = 20;
const FLAG_LIMIT = 10;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReviewQueuePage({ searchParams }: Props) {
  const user = await requirePageUser("review.read");
  const params = parseQueueParams(await searchParams);
  const query = toQueueQuery(params);
  const db = getDb();
  const { rows, hasNext, hasPrevious } = listDisputedClaims(db, { ...query, limit: PAGE_SIZE });
  const evidence = listEvidenceForClaims(db, { claimIds: rows.map((r) => r.id) });
  const counts = countClaimsByStatus(db);
  // Filtered, the heading says how many match out of all ("1 of 9 match"), never only the total.
  const matching = hasQueueFilter(query.filters)
    ? countDisputedClaims(db, { filters: query.filters })
    : null;
  const assigned = listAssignedOpenClaims(db, { userId: user.id, limit: 20 });
  const person = (id: number | undefined) =>
    id === undefined ? null : personChoiceOf(getPersonOption(db, { id }));
  const options = {
    ...listQueueFilterOptions(db),
    disputedBy: person(params.by),
    assignee: person(params.assignee === "none" ? undefined : params.assignee),
  };
  // Filtered to one article, the queue shows that article's flags; otherwise the newest across all.
  const flags = params.article
    ? listFlagsForArticle(db, { articleId: params.article })
    : listOpenFlags(db, { limit: FLAG_LIMIT + 1 });
  const first = rows[0];
  const last = rows.at(-1);
  const orderParam = params.order === "oldest" ? "?order=oldest" : "";
  const isChecker = !can(user.role, "claim.decide");

  return (
    <div className="review">
      <header className="review-header">
        <div>
          <h1>Review queue</h1>
          <p className="muted">
            Disputed claims waiting for an editor’s decision.
            {isChecker && " You can follow the queue here; editors decide."}
          </p>
        </div>
        <StatusChart counts={counts} />
      </header>
      {(isChecker || assigned.length > 0) && <AssignedToMe claims={assigned} />}
      <OpenFlags
        flags={params.article ? flags : flags.slice(0, FLAG_LIMIT)}
        more={!params.article && flags.length > FLAG_LIMIT}
        canResolve={can(user.role, "claim.annotate")}
      />
      <div className="review-layout">
        <FoldOnPhones label="Filters" activeCount={activeFilterCount(params)}>
          <QueueFilters params={params} options={options} />
        </FoldOnPhones>
        <section aria-labelledby="queue-heading">
          <h2 id="queue-heading" className="list-heading">
            Disputed claims{" "}
            <span className="muted" data-testid="queue-count">
              (
              {matching === null
                ? `${counts.disputed.toLocaleString("en-US")} in all`
                : `${matching.toLocaleString("en-US")} of ${counts.disputed.toLocaleString("en-US")} match`}
              )
            </span>
          </h2>
          <QueueKeys />
          {rows.length === 0 ? (
            <p className="card">
              No disputed claims match.{" "}
              {query.after || query.before ? (
                <Link href={queueHref(params, {})}>Back to the first page</Link>
              ) : null}
            </p>
          ) : (
            <ol className="queue" aria-label="Disputed claims">
              {rows.map((row) => (
                <QueueItem
                  key={row.id}
                  row={row}
                  evidence={evidence.get(row.id)!}
                  href={`/review/${row.id}${orderParam}`}
                />
              ))}
            </ol>
          )}
          <nav className="pager" aria-label="Queue pages">
            {hasPrevious && first ? (
              <>
                <Link href={queueHref(params, {})}>First page</Link>
                <Link href={queueHref(params, { before: cursorParam(first) })} rel="prev">
                  ← Previous page
                </Link>
              </>
            ) : null}
            {hasNext && last ? (
              <Link href={queueHref(params, { after: cursorParam(last) })} rel="next">
                Next page →
              </Link>
            ) : null}
          </nav>
        </section>
      </div>
    </div>
  );
}
