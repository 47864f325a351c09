import { CLAIM_STATUSES, type ClaimStatus } from "@/lib/domain";
import { STATUS_LABELS } from "@/lib/format";
import "./progress.css";

/** Claims checked out of all, as a number and a stacked bar of the statuses. */
export function ClaimProgress({ counts }: { counts: Record<ClaimStatus, number> }) {
  const total = CLAIM_STATUSES.reduce((sum, s) => sum + counts[s], 0);
  const checked = total - counts.unchecked;
  const summary = CLAIM_STATUSES.map((s) => `${counts[s]} ${STATUS_LABELS[s]!.toLowerCase()}`).join(
    ", ",
  );
  return (
    <div className="progress" title={summary}>
      <span className="progress-figure" data-testid="progress-figure">
        {checked}/{total} checked
      </span>
      <span
        className="progress-bar"
        role="img"
        aria-label={`${checked} of ${total} claims checked: ${summary}`}
      >
        {total > 0 &&
          CLAIM_STATUSES.filter((s) => s !== "unchecked" && counts[s] > 0).map((s) => (
            <span
              key={s}
              className={`progress-part bar--${s}`}
              style={{ width: `${(counts[s] / total) * 100}%` }}
            />
          ))}
      </span>
      <span className="progress-counts muted">
        {CLAIM_STATUSES.filter((s) => s !== "unchecked" && counts[s] > 0)
          .map((s) => `${counts[s]} ${STATUS_LABELS[s]!.toLowerCase()}`)
          .join(" · ")}
      </span>
    </div>
  );
}
