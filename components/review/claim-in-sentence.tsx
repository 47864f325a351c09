/** The sentence a claim sits in, with the claim highlighted in its status colour. Plain React text only. */
export function ClaimInSentence({
  sentence,
  start,
  end,
  status,
}: {
  sentence: string;
  start: number;
  end: number;
  status: string;
}) {
  const from = Math.max(0, Math.min(start, sentence.length));
  const to = Math.max(from, Math.min(end, sentence.length));
  return (
    <blockquote className="review-sentence">
      {sentence.slice(0, from)}
      <mark className={`claim claim--${status}`}>{sentence.slice(from, to)}</mark>
      {sentence.slice(to)}
    </blockquote>
  );
}
