import type { TimelinePoint } from "@/lib/suggest/timeline-points";
import { seriesColors } from "./timeline-chart";

/** Series colours and what the marks mean. */
export function TimelineLegend({ points }: { points: TimelinePoint[] }) {
  const colors = seriesColors(points);
  return (
    <ul className="timeline-legend" aria-label="Legend">
      {[...colors].map(([series, color]) => (
        <li key={series}>
          <svg width="14" height="14" aria-hidden="true">
            <circle cx="7" cy="7" r="5" fill={color} />
          </svg>{" "}
          {series}
        </li>
      ))}
      <li>^ above a point: “at least” / “more than”</li>
      <li>v below a point: “as many as” / “up to”</li>
      <li>hollow: approximate figure or date inferred from the text</li>
    </ul>
  );
}
