import { segmentBody } from "@/lib/article/segments";
import { STATUS_LABELS } from "@/lib/format";

export interface BodyClaim {
  id: number;
  start: number;
  end: number;
  status: string;
}

/** The article text with every claim highlighted, rendered on the server so it reads before any script runs.
 * Text is rendered as React text nodes, never as HTML. */
export function ArticleBody({ body, claims }: { body: string; claims: BodyClaim[] }) {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const paragraphs = segmentBody(body, claims);
  // One tab stop for all highlights (a roving tabindex, moved by the workspace): the first until one is chosen.
  let firstMark = true;
  return (
    <div className="article-body" data-testid="article-body">
      {paragraphs.map((p) => (
        <p key={p.start} data-offset={p.start}>
          {p.segments.map((s, i) => {
            if (s.claimId === null) return s.text;
            const claim = byId.get(s.claimId)!;
            const tabIndex = firstMark ? 0 : -1;
            firstMark = false;
            return (
              <mark
                key={i}
                id={`claim-${claim.id}`}
                className={`claim claim--${claim.status}`}
                data-claim-id={claim.id}
                tabIndex={tabIndex}
                aria-label={`${s.text} (${STATUS_LABELS[claim.status] ?? claim.status} claim)`}
              >
                {s.text}
              </mark>
            );
          })}
        </p>
      ))}
    </div>
  );
}
