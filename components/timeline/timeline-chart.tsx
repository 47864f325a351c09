import type { TimelinePoint } from "@/lib/suggest/timeline-points";
import { QUALIFIER_LABELS, formatNumber } from "@/lib/format";
import { linearScale, valueScale } from "./scale";

const W = 760;
const H = 380;
const M = { top: 24, right: 110, bottom: 44, left: 70 };
const COLORS = ["#2f5d8a", "#b42318", "#1a7f37", "#8250df", "#9a6700", "#0a7d8c"];
const UNDATED_X = W - M.right + 80;
/** News wording for the chart's labels: "as many as 13,159" reads as the article put it. */
const LABELS: Record<string, string> = {
  ...QUALIFIER_LABELS,
  up_to: "as many as",
  approximately: "about",
};

export function seriesColors(points: TimelinePoint[]): Map<string, string> {
  const names = [...new Set(points.map((p) => p.series))];
  return new Map(names.map((n, i) => [n, COLORS[i % COLORS.length]!]));
}

/** Value against date, one series per source, server-rendered SVG. "At least" figures carry an upward
 * caret, "as many as"/"up to" a downward one, approximate figures are hollow; undated figures stand in
 * their own column at the right. Every point links to its claim. */
export function TimelineChart({ points, title }: { points: TimelinePoint[]; title: string }) {
  const colors = seriesColors(points);
  const dated = points.filter((p) => p.years !== null);
  const years = dated.map((p) => p.years!);
  const x0 = Math.floor(Math.min(...years, 2100));
  const x1 = Math.ceil(Math.max(...years, x0 + 1)) + (years.length ? 0 : 1);
  const x = linearScale(x0, Math.max(x1, x0 + 1), M.left, W - M.right - 20);
  const y = valueScale(
    points.map((p) => p.value),
    H - M.bottom,
    M.top,
  );
  const px = (p: TimelinePoint) => (p.years === null ? UNDATED_X : x.map(p.years));

  return (
    // A group, not an img: each point is a link to its claim, and an img's children are not reachable
    // (axe: nested-interactive).
    <svg
      viewBox={`0 0 ${W} ${H}`}
      role="group"
      aria-labelledby="timeline-title timeline-desc"
      className="timeline-chart"
      data-testid="timeline-chart"
    >
      <title id="timeline-title">{title}</title>
      <desc id="timeline-desc">
        {points.length} figures from {colors.size} source{colors.size === 1 ? "" : "s"}; the table
        beside the chart lists them.
      </desc>
      {y.ticks.map((t) => (
        <g key={`y${t}`}>
          <line x1={M.left} x2={W - M.right} y1={y.map(t)} y2={y.map(t)} className="grid" />
          <text x={M.left - 8} y={y.map(t) + 4} textAnchor="end" className="tick">
            {formatNumber(t)}
          </text>
        </g>
      ))}
      {x.ticks.map((t) => (
        <text key={`x${t}`} x={x.map(t)} y={H - M.bottom + 18} textAnchor="middle" className="tick">
          {t}
        </text>
      ))}
      <line x1={M.left} x2={W - M.right} y1={H - M.bottom} y2={H - M.bottom} className="axis" />
      {points.some((p) => p.years === null) && (
        <text x={UNDATED_X} y={H - M.bottom + 18} textAnchor="middle" className="tick">
          undated
        </text>
      )}
      <text x={M.left - 55} y={M.top - 8} className="tick">
        {y.log ? "value (log scale)" : "value"}
      </text>
      {[...colors].map(([series, color]) => {
        const line = dated.filter((p) => p.series === series);
        return line.length > 1 ? (
          <polyline
            key={`line-${series}`}
            points={line.map((p) => `${px(p)},${y.map(p.value)}`).join(" ")}
            fill="none"
            stroke={color}
            strokeWidth={1.5}
            strokeOpacity={0.6}
          />
        ) : null;
      })}
      {points.map((p) => {
        const cx = px(p);
        const cy = y.map(p.value);
        const color = colors.get(p.series)!;
        const hollow = p.qualifier === "approximately" || p.dateInferred;
        const label = `${LABELS[p.qualifier] && p.qualifier !== "exact" ? `${LABELS[p.qualifier]} ` : ""}${formatNumber(p.value)}`;
        return (
          <a
            key={`${p.articleId}:${p.value}:${p.series}`}
            href={`/articles/${p.articleId}#claim-${p.claimId}`}
            aria-label={`${label}, ${p.outlet ?? p.articleTitle}, ${p.date ?? "undated"}`}
          >
            <title>{`${label} — ${p.series}; ${p.outlet ?? p.articleTitle}; ${p.date ? (p.dateInferred ? `about ${p.date}` : p.date) : "undated"}${p.period ? `; ${p.period}` : ""}`}</title>
            <circle
              cx={cx}
              cy={cy}
              r={5}
              fill={hollow ? "#fff" : color}
              stroke={color}
              strokeWidth={2}
              data-testid="timeline-point"
            />
            {(p.qualifier === "at_least" || p.qualifier === "more_than") && (
              <path
                d={`M ${cx - 5} ${cy - 9} L ${cx} ${cy - 15} L ${cx + 5} ${cy - 9}`}
                fill="none"
                stroke={color}
                strokeWidth={2}
              />
            )}
            {(p.qualifier === "up_to" ||
              p.qualifier === "at_most" ||
              p.qualifier === "less_than") && (
              <path
                d={`M ${cx - 5} ${cy + 9} L ${cx} ${cy + 15} L ${cx + 5} ${cy + 9}`}
                fill="none"
                stroke={color}
                strokeWidth={2}
              />
            )}
            <text
              x={p.years === null ? cx - 9 : cx + 8}
              y={cy + 4}
              textAnchor={p.years === null ? "end" : "start"}
              className="point-label"
            >
              {label}
            </text>
          </a>
        );
      })}
    </svg>
  );
}
