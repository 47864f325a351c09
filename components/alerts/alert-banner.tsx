import Link from "next/link";
import type { AlertView } from "@/db/queries/alerts";
import { formatNumber } from "@/lib/format";
import "./alerts.css";

/** On an article whose figures depart from watched ones: which, against what, and where to resolve them. */
export function AlertBanner({ alerts }: { alerts: AlertView[] }) {
  if (!alerts.length) return null;
  return (
    <section className="alert-banner" role="region" aria-label="Alerts" data-testid="alert-banner">
      <p>
        <strong>
          {alerts.length === 1
            ? "A figure here departs from a watched one."
            : `${alerts.length} figures here depart from watched ones.`}
        </strong>{" "}
        <Link href="/review/alerts">Open the alert desk</Link>
      </p>
      <ul>
        {alerts.map((a) => (
          <li key={a.id}>
            <a href={`#claim-${a.fresh.claimId}`}>“{a.fresh.quote}”</a> gives{" "}
            <strong>{formatNumber(a.fresh.value)}</strong>;{" "}
            <a href={`/articles/${a.watched.articleId}#claim-${a.watched.claimId}`}>
              {a.watched.outlet ?? a.watched.articleTitle}
            </a>{" "}
            gave <strong>{formatNumber(a.watched.value)}</strong> ({a.watched.status})
          </li>
        ))}
      </ul>
    </section>
  );
}
