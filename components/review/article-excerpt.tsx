import { segmentBody } from "@/lib/article/segments";

/** The paragraph holding the claim and one either side, with the claim highlighted: enough context to
 * judge the number without leaving the decision page. */
export function ArticleExcerpt({
  body,
  claim,
}: {
  body: string;
  claim: { id: number; start: number; end: number; status: string };
}) {
  const paragraphs = segmentBody(body, [claim]);
  const at = Math.max(
    0,
    paragraphs.findIndex((p) => p.segments.some((s) => s.claimId === claim.id)),
  );
  const shown = paragraphs.slice(Math.max(0, at - 1), at + 2);
  return (
    <div className="article-body review-excerpt" data-testid="article-excerpt">
      {at > 1 && <p className="muted small">…</p>}
      {shown.map((p) => (
        <p key={p.start}>
          {p.segments.map((s, i) =>
            s.claimId === null ? (
              s.text
            ) : (
              <mark
                key={i}
                className={`claim claim--${claim.status}`}
                aria-current="true"
                data-testid="excerpt-claim"
              >
                {s.text}
              </mark>
            ),
          )}
        </p>
      ))}
      {at + 2 < paragraphs.length && <p className="muted small">…</p>}
    </div>
  );
}
