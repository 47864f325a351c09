import Link from "next/link";
import type { QueueRow } from "@/db/queries/review";
import type { Evidence } from "@/db/queries/review-evidence";
import { formatTimestamp } from "@/lib/format";
import { ClaimInSentence } from "./claim-in-sentence";
import { EvidenceList } from "./evidence-list";

/** One disputed claim in the queue: the sentence, who disputed it and why, and its evidence. */
export function QueueItem({
  row,
  evidence,
  href,
}: {
  row: QueueRow;
  evidence: Evidence;
  href: string;
}) {
  return (
    <li
      className="queue-item"
      data-testid="queue-item"
      data-claim-id={row.id}
      aria-labelledby={`queue-${row.id}-title`}
    >
      <div className="queue-item-head">
        <h2 id={`queue-${row.id}-title`} className="queue-item-title">
          <Link href={href} data-queue-link>
            “{row.quote}”
          </Link>
        </h2>
        <span className="muted small">
          <Link href={`/articles/${row.articleId}#claim-${row.id}`}>{row.articleTitle}</Link>
          {row.outlet && <> · {row.outlet}</>}
        </span>
      </div>
      <ClaimInSentence
        sentence={row.sentence}
        start={row.quoteStart}
        end={row.quoteEnd}
        status="disputed"
      />
      <p className="queue-dispute">
        <strong>{row.disputedByName ?? "Someone"}</strong> disputed this{" "}
        <time dateTime={new Date(row.disputedAt).toISOString()}>
          {formatTimestamp(row.disputedAt)}
        </time>
        {row.reason ? (
          <>
            : <q data-testid="dispute-reason">{row.reason}</q>
          </>
        ) : (
          "."
        )}
        {row.assigneeName && <span className="muted"> · assigned to {row.assigneeName}</span>}
      </p>
      <EvidenceList evidence={evidence} />
    </li>
  );
}
