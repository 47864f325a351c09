/** Finding a stored claim's quote again after the article text changed. */

export interface Anchor {
  quote: string;
  prefix: string;
  suffix: string;
  /** Where the quote started in the old text. */
  start: number;
}

/** How alike two context strings are, 0..1, by longest common suffix/prefix plus shared characters. */
function contextSimilarity(expected: string, actual: string, fromEnd: boolean): number {
  if (expected.length === 0) return 1;
  let same = 0;
  const length = Math.min(expected.length, actual.length);
  for (let i = 0; i < length; i++) {
    const a = fromEnd ? expected.charCodeAt(expected.length - 1 - i) : expected.charCodeAt(i);
    const b = fromEnd ? actual.charCodeAt(actual.length - 1 - i) : actual.charCodeAt(i);
    if (a === b) same++;
  }
  return same / expected.length;
}

function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  if (quote.length === 0) return found;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

/**
 * 1. the quote with its exact prefix and suffix (nearest the old offset if several);
 * 2. the quote alone, the occurrence nearest the old offset;
 * 3. fuzzy: the best-scoring place where prefix and suffix roughly reappear around a same-length span.
 * Returns null when nothing is convincing.
 */
export function reanchor(anchor: Anchor, newText: string): { start: number; end: number } | null {
  const { quote, prefix, suffix, start } = anchor;
  const nearest = (positions: number[]) =>
    positions.reduce((best, at) => (Math.abs(at - start) < Math.abs(best - start) ? at : best));

  const withContext = occurrences(newText, prefix + quote + suffix).map((at) => at + prefix.length);
  if (withContext.length > 0) {
    const at = nearest(withContext);
    return { start: at, end: at + quote.length };
  }
  const bare = occurrences(newText, quote);
  if (bare.length > 0) {
    // Prefer the occurrence whose surroundings look most like the old ones, then the nearest.
    const scored = bare.map((at) => ({
      at,
      score:
        contextSimilarity(prefix, newText.slice(Math.max(0, at - prefix.length), at), true) +
        contextSimilarity(
          suffix,
          newText.slice(at + quote.length, at + quote.length + suffix.length),
          false,
        ),
    }));
    const bestScore = scored.reduce((best, s) => Math.max(best, s.score), 0);
    // A copy of the quote elsewhere loses to the edited original still sitting in its old context.
    const fuzzy = bestScore < 1.5 ? fuzzyByContext(anchor, newText) : null;
    if (fuzzy && fuzzy.score > bestScore) return { start: fuzzy.start, end: fuzzy.end };
    const at = nearest(scored.filter((s) => s.score === bestScore).map((s) => s.at));
    return { start: at, end: at + quote.length };
  }
  const fuzzy = fuzzyByContext(anchor, newText);
  return fuzzy ? { start: fuzzy.start, end: fuzzy.end } : null;
}

/** The quote itself was edited: locate it between where its prefix ends and its suffix begins. */
function fuzzyByContext(
  { quote, prefix, suffix }: Anchor,
  newText: string,
): { start: number; end: number; score: number } | null {
  const probe = (s: string, n: number, fromEnd: boolean) => (fromEnd ? s.slice(-n) : s.slice(0, n));
  const probeLength = 12;
  if (prefix.length < probeLength || suffix.length < probeLength) return null;
  const prefixProbe = probe(prefix, probeLength, true);
  const suffixProbe = probe(suffix, probeLength, false);
  let best: { start: number; end: number; score: number } | null = null;
  for (const afterPrefix of occurrences(newText, prefixProbe).map((at) => at + probeLength)) {
    const suffixAt = newText.indexOf(suffixProbe, afterPrefix);
    if (suffixAt < 0) continue;
    const spanLength = suffixAt - afterPrefix;
    if (spanLength <= 0 || spanLength > quote.length * 2 + 16) continue;
    const score =
      contextSimilarity(
        prefix,
        newText.slice(Math.max(0, afterPrefix - prefix.length), afterPrefix),
        true,
      ) +
      contextSimilarity(suffix, newText.slice(suffixAt, suffixAt + suffix.length), false) -
      Math.abs(spanLength - quote.length) / Math.max(quote.length, 1);
    if (!best || score > best.score) best = { start: afterPrefix, end: suffixAt, score };
  }
  return best && best.score >= 1 ? best : null;
}
