import { splitMarks } from "@/lib/search/marks";

/** A snippet with the matched words in <mark>: built from text nodes, never from HTML. */
export function MarkedText({ snippet }: { snippet: string }) {
  return (
    <>
      {splitMarks(snippet).map((piece, i) =>
        piece.marked ? <mark key={i}>{piece.text}</mark> : piece.text,
      )}
    </>
  );
}
