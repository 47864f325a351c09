/**
 * Where a number could start: a digit, a vulgar fraction ("½") or a whole number word. Found with
 * `test()` on a global regex, which allocates no match array: the start is recovered from
 * `lastIndex` (one character back for a digit, back over the letters for a word).
 */

const NUMBER_WORDS =
  "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|" +
  "seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|" +
  "billion|trillion|dozen|half|third|quarter|fifth|sixth|seventh|eighth|ninth|tenth|" +
  // Vague magnitudes ("tens of thousands", "dozens") and multiples ("tripled", "fourfold").
  "tens|dozens|hundreds|thousands|millions|billions|doubled|tripled|quadrupled|halved|" +
  "twofold|threefold|fourfold|fivefold|sixfold|sevenfold|eightfold|ninefold|tenfold|twentyfold|hundredfold";
const PLAIN = new RegExp(`[0-9]|\\b(?:${NUMBER_WORDS})\\b`, "g");
/** Vulgar fractions are rare and a wider character class slows the main pattern: they get their own scan. */
const FRACTION = /[\u00bc-\u00be\u2153-\u215e]/g;

export interface CandidateScan {
  /** Start of the candidate found last. */
  start: number;
  /** End of the candidate found last. */
  end: number;
  /** The first vulgar fraction at or after `fractionFrom` (-1: none), so none lies in [fractionFrom, fractionAt). */
  fractionFrom: number;
  fractionAt: number;
}

export function candidateScan(): CandidateScan {
  return { start: 0, end: 0, fractionFrom: Infinity, fractionAt: -1 };
}

function nextFraction(scan: CandidateScan, lower: string, from: number): number {
  if (scan.fractionFrom <= from && (scan.fractionAt === -1 || scan.fractionAt >= from))
    return scan.fractionAt;
  FRACTION.lastIndex = from;
  scan.fractionFrom = from;
  scan.fractionAt = FRACTION.test(lower) ? FRACTION.lastIndex - 1 : -1;
  return scan.fractionAt;
}

/** Moves to the next candidate at or after `from`; false when there is none. */
export function nextCandidate(scan: CandidateScan, lower: string, from: number): boolean {
  PLAIN.lastIndex = from;
  const found = PLAIN.test(lower);
  const end = found ? PLAIN.lastIndex : lower.length + 1;
  const fraction = nextFraction(scan, lower, from);
  if (fraction >= 0 && fraction < end - 1) {
    scan.start = fraction;
    scan.end = fraction + 1;
    return true;
  }
  if (!found) return false;
  let start = end - 1;
  while (
    start > 0 &&
    isLowerLetter(lower.charCodeAt(start)) &&
    isLowerLetter(lower.charCodeAt(start - 1))
  )
    start--;
  scan.start = start;
  scan.end = end;
  return true;
}

function isLowerLetter(code: number): boolean {
  return code >= 97 && code <= 122;
}
