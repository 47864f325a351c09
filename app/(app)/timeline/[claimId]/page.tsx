import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { listConnectedClaimIds } from "@/db/queries/timeline";
import { loadMatchClaimsByIds } from "@/db/queries/suggestions";
import { requirePageUser } from "@/app/_lib/guards";
import { toTimelinePoints } from "@/lib/suggest/timeline-points";
import { formatNumber } from "@/lib/format";
import { TimelineChart } from "@/components/timeline/timeline-chart";
import { TimelineLegend } from "@/components/timeline/timeline-legend";
import { TimelineTable } from "@/components/timeline/timeline-table";
import "@/components/timeline/timeline.css";

type Props = { params: Promise<{ claimId: string }> };

export const metadata: Metadata = { title: "Timeline" };

/** Every figure linked to this claim (confirmed links, transitively), plotted against its date. */
export default async function TimelinePage({ params }: Props) {
  await requirePageUser("article.read");
  const raw = (await params).claimId;
  if (!/^\d{1,12}$/.test(raw)) notFound();
  const claimId = Number(raw);
  const db = getDb();
  const connected = listConnectedClaimIds(db, { claimId });
  const claims = loadMatchClaimsByIds(db, { ids: connected });
  const root = claims.find((c) => c.id === claimId);
  if (!root) notFound();
  const points = toTimelinePoints(claims, connected);
  const what = root.counted ?? "this figure";
  const title = `Timeline: ${what} (${formatNumber(root.value)} and linked figures)`;
  return (
    <article>
      <header className="article-header">
        <h1>{title}</h1>
        <p className="muted">
          {points.length} figure{points.length === 1 ? "" : "s"} from{" "}
          {new Set(points.map((p) => p.articleId)).size} article
          {new Set(points.map((p) => p.articleId)).size === 1 ? "" : "s"}, connected by confirmed
          links. <a href={`/articles/${root.articleId}#claim-${root.id}`}>Back to the claim</a>
        </p>
      </header>
      {points.length < 2 && (
        <p role="note">
          Nothing is linked to this claim yet: confirm suggested links on the article to build its
          timeline.
        </p>
      )}
      <div className="timeline-layout">
        <div>
          <TimelineChart points={points} title={title} />
          <TimelineLegend points={points} />
        </div>
        <TimelineTable points={points} />
      </div>
    </article>
  );
}
