/** A few words either side of a claim, for the claim list: "… killing at least [1,370 civilians] in Syria …".
 * Scans a bounded window by hand (linear, no regex over unbounded text) and stops at a paragraph break. */
export function claimContext(
  body: string,
  start: number,
  end: number,
  words = 4,
): { before: string; after: string } {
  const window = 80;
  const left = body.slice(Math.max(0, start - window), start);
  const right = body.slice(end, end + window);
  return { before: lastWords(left, words), after: firstWords(right, words) };
}

function firstWords(text: string, n: number): string {
  const cut = text.indexOf("\n");
  const line = cut === -1 ? text : text.slice(0, cut);
  const parts = line.split(" ").filter(Boolean);
  const taken = parts.slice(0, n).join(" ");
  return parts.length > n ? `${taken} …` : taken;
}

function lastWords(text: string, n: number): string {
  const cut = text.lastIndexOf("\n");
  const line = cut === -1 ? text : text.slice(cut + 1);
  const parts = line.split(" ").filter(Boolean);
  const taken = parts.slice(-n).join(" ");
  return parts.length > n ? `… ${taken}` : taken;
}
