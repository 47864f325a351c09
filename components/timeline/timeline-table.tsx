import type { TimelinePoint } from "@/lib/suggest/timeline-points";
import { QUALIFIER_LABELS, formatDate, formatNumber } from "@/lib/format";

/** The chart's figures as a table: the accessible, copyable version. */
export function TimelineTable({ points }: { points: TimelinePoint[] }) {
  return (
    <table className="timeline-table" aria-label="Figures on the timeline">
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Figure</th>
          <th scope="col">Source</th>
          <th scope="col">Article</th>
        </tr>
      </thead>
      <tbody>
        {points.map((p) => (
          <tr key={`${p.articleId}:${p.value}:${p.series}`}>
            <td>
              {p.date
                ? `${p.dateInferred ? "≈ " : ""}${p.date.length > 7 ? formatDate(p.date) : p.date}`
                : "undated"}
            </td>
            <td>
              <a href={`/articles/${p.articleId}#claim-${p.claimId}`}>
                {p.qualifier !== "exact" ? `${QUALIFIER_LABELS[p.qualifier] ?? p.qualifier} ` : ""}
                {formatNumber(p.value)}
              </a>
              {p.period && <div className="muted">{p.period}</div>}
            </td>
            <td>{p.series}</td>
            <td>
              {p.outlet && <div>{p.outlet}</div>}
              <div className="muted">{p.articleTitle}</div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
