/**
 * Where a number could start: a digit, a vulgar fraction ("½") or a whole number word. Found with
 * `test()` on a global regex, which allocates no match array: the start is recovered from
 * `lastIndex` (one character back for a digit, back over the letters for a word).
 */

const NUMBER_WORDS =
  "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|" +
  "seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|" +
  "billion|trillion|dozen|half|third|quarter|fifth|sixth|seventh|eighth|ninth|tenth";
const VULGAR_FRACTIONS = "\\u00bc-\\u00be\\u2153-\\u215e";
const PLAIN = new RegExp(`[0-9]|\\b(?:${NUMBER_WORDS})\\b`, "g");
/** A wider character class slows every text down, so it is used only where a vulgar fraction occurs. */
const WITH_FRACTIONS = new RegExp(`[0-9${VULGAR_FRACTIONS}]|\\b(?:${NUMBER_WORDS})\\b`, "g");
const ANY_FRACTION = new RegExp(`[${VULGAR_FRACTIONS}]`);

export interface CandidateScan {
  pattern: RegExp;
  /** Start of the candidate found last. */
  start: number;
  /** End of the candidate found last. */
  end: number;
}

export function candidateScan(lower: string): CandidateScan {
  const pattern = ANY_FRACTION.test(lower) ? WITH_FRACTIONS : PLAIN;
  pattern.lastIndex = 0;
  return { pattern, start: 0, end: 0 };
}

/** Moves to the next candidate at or after `from`; false when there is none. */
export function nextCandidate(scan: CandidateScan, lower: string, from: number): boolean {
  scan.pattern.lastIndex = from;
  if (!scan.pattern.test(lower)) return false;
  const end = scan.pattern.lastIndex;
  let start = end - 1;
  while (start > 0 && isLowerLetter(lower.charCodeAt(start)) && isLowerLetter(lower.charCodeAt(start - 1))) start--;
  scan.start = start;
  scan.end = end;
  return true;
}

function isLowerLetter(code: number): boolean {
  return code >= 97 && code <= 122;
}
