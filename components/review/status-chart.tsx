import { CLAIM_STATUSES } from "@/lib/domain";
import type { StatusCounts } from "@/db/queries/review";
import { STATUS_LABELS } from "@/lib/format";

/** Claims per status as labelled bars: the size of the backlog at a glance, the numbers for the record. */
export function StatusChart({ counts }: { counts: StatusCounts }) {
  const max = Math.max(1, ...CLAIM_STATUSES.map((s) => counts[s]));
  const total = CLAIM_STATUSES.reduce((sum, s) => sum + counts[s], 0);
  return (
    <figure className="status-chart" aria-label="Claims per status">
      <dl>
        {CLAIM_STATUSES.map((status) => (
          <div key={status} className="status-chart-row" data-testid={`count-${status}`}>
            <dt>{STATUS_LABELS[status]}</dt>
            <dd>
              <span
                className={`status-chart-bar bar--${status}`}
                style={{ width: `${(counts[status] / max) * 100}%` }}
                aria-hidden="true"
              />
              <span className="status-chart-value">{counts[status].toLocaleString("en-US")}</span>
            </dd>
          </div>
        ))}
      </dl>
      <figcaption className="muted small">{total.toLocaleString("en-US")} claims in all</figcaption>
    </figure>
  );
}
