import type { AlertSide, AlertView } from "@/db/queries/alerts";
import "./alerts.css";
import { formatDate, formatNumber } from "@/lib/format";
import { RELATION_LABELS } from "@/lib/validation/labels";
import type { LinkRelation } from "@/lib/domain";

function Side({ side, label }: { side: AlertSide; label: string }) {
  const where = [side.outlet, side.publishedAt ? formatDate(side.publishedAt) : null]
    .filter(Boolean)
    .join(" · ");
  return (
    <div className="alert-side" data-testid={label === "New" ? "alert-new" : "alert-watched"}>
      <p className="alert-side-label">
        {label}
        {label === "Watched" && (
          <span className={`status status--${side.status}`}>{side.status}</span>
        )}
      </p>
      <p className="alert-value">{formatNumber(side.value)}</p>
      <p className="alert-quote">“{side.quote}”</p>
      <p className="small">
        <a href={`/articles/${side.articleId}#claim-${side.claimId}`}>{side.articleTitle}</a>
        <span className="muted">
          {where && ` · ${where}`}
          {side.saidBy && ` · according to ${side.saidBy}`}
        </span>
      </p>
    </div>
  );
}

/** The two figures of an alert side by side: the new one and the watched one it departs from, each with
 * its value, its words and where it was printed. Usable on the server and in the desk's client list. */
export function AlertPair({ alert }: { alert: AlertView }) {
  return (
    <div className="alert-pair">
      <Side side={alert.fresh} label="New" />
      <p className="alert-relation" aria-label="Proposed link">
        {RELATION_LABELS[alert.relation as LinkRelation] ?? alert.relation}
      </p>
      <Side side={alert.watched} label="Watched" />
    </div>
  );
}
