import type { Change, ClaimKind, DetectedClaim, Qualifier } from "./types";

/**
 * Claims as the scan finds them, kept in columns until the whole text is read, then made into
 * DetectedClaim objects in one go. Objects made during the scan live through every collection of
 * the young heap while the scan goes on: the collector copies each of them (and its strings) twice
 * and then moves it to the old heap, which for a 5 MB text took about as long as the reading itself.
 * Numbers and offsets kept in typed arrays are never copied by the collector; the quote and the
 * counted words are sliced from the text only at the end. One set of columns serves every call
 * (see `claimRows`): memory the process touches for the first time costs a page fault per 4 KB,
 * which made fresh columns per call slower than the objects they replace.
 */

/** Offsets per row: start, end, numberStart, numberEnd, sentenceStart, sentenceEnd, countedStart, countedEnd. */
const INTS = 8;
/** Numbers per row: value, low, high, from. */
const NUMBERS = 4;
const LOW_NULL = 1;
const HIGH_NULL = 2;
const FROM_NULL = 4;
/** In `subjects`: the subject is the counted words themselves (the same string). */
const SAME_AS_COUNTED = 0;

/** One claim's fields as the scan has them; offsets are in the whole text. */
export interface ClaimRow {
  start: number;
  end: number;
  numberStart: number;
  numberEnd: number;
  sentenceStart: number;
  sentenceEnd: number;
  value: number;
  low: number | null;
  high: number | null;
  kind: ClaimKind;
  unit: string | null;
  currency: string | null;
  /** The counted words' bounds in the whole text, or -1 when none were read. */
  countedStart: number;
  countedEnd: number;
  /** `sameAsCounted` when the subject is the counted words. */
  subject: string | null | typeof SAME_AS_COUNTED;
  qualifier: Qualifier;
  change: Change | null;
  from: number | null;
  period: string | null;
}

export const sameAsCounted = SAME_AS_COUNTED;

export class ClaimRows {
  length = 0;
  private capacity = 256;
  private ints = new Int32Array(INTS * 256);
  private numbers = new Float64Array(NUMBERS * 256);
  private nulls = new Uint8Array(256);
  private readonly kinds: ClaimKind[] = [];
  private readonly units: Array<string | null> = [];
  private readonly currencies: Array<string | null> = [];
  private readonly subjects: Array<string | null | typeof SAME_AS_COUNTED> = [];
  private readonly qualifiers: Qualifier[] = [];
  private readonly changes: Array<Change | null> = [];
  private readonly periods: Array<string | null> = [];

  /** Adds a row; returns its index. */
  add(row: ClaimRow): number {
    const index = this.length;
    if (index === this.capacity) this.grow();
    const i = index * INTS;
    const ints = this.ints;
    ints[i] = row.start;
    ints[i + 1] = row.end;
    ints[i + 2] = row.numberStart;
    ints[i + 3] = row.numberEnd;
    ints[i + 4] = row.sentenceStart;
    ints[i + 5] = row.sentenceEnd;
    ints[i + 6] = row.countedStart;
    ints[i + 7] = row.countedEnd;
    const n = index * NUMBERS;
    this.numbers[n] = row.value;
    this.numbers[n + 1] = row.low ?? 0;
    this.numbers[n + 2] = row.high ?? 0;
    this.numbers[n + 3] = row.from ?? 0;
    this.nulls[index] =
      (row.low === null ? LOW_NULL : 0) |
      (row.high === null ? HIGH_NULL : 0) |
      (row.from === null ? FROM_NULL : 0);
    this.kinds[index] = row.kind;
    this.units[index] = row.unit;
    this.currencies[index] = row.currency;
    this.subjects[index] = row.subject;
    this.qualifiers[index] = row.qualifier;
    this.changes[index] = row.change;
    this.periods[index] = row.period;
    this.length++;
    return index;
  }

  changeOf(index: number): Change | null {
    return this.changes[index]!;
  }

  setChange(index: number, change: Change | null): void {
    this.changes[index] = change;
  }

  setFrom(index: number, from: number | null): void {
    this.numbers[index * NUMBERS + 3] = from ?? 0;
    this.nulls[index] = (this.nulls[index]! & ~FROM_NULL) | (from === null ? FROM_NULL : 0);
  }

  /**
   * The claims, with quotes and counted words sliced from `text` (the whole text the offsets are in).
   * Empties the rows for the next text.
   */
  toClaims(text: string): DetectedClaim[] {
    const claims: DetectedClaim[] = [];
    const ints = this.ints;
    const numbers = this.numbers;
    for (let index = 0; index < this.length; index++) {
      const i = index * INTS;
      const n = index * NUMBERS;
      const nulls = this.nulls[index]!;
      const start = ints[i]!;
      const end = ints[i + 1]!;
      const countedStart = ints[i + 6]!;
      const counted = countedStart < 0 ? null : text.slice(countedStart, ints[i + 7]);
      const subject = this.subjects[index]!;
      claims.push({
        start,
        end,
        numberStart: ints[i + 2]!,
        numberEnd: ints[i + 3]!,
        sentenceStart: ints[i + 4]!,
        sentenceEnd: ints[i + 5]!,
        quote: text.slice(start, end),
        value: numbers[n]!,
        low: nulls & LOW_NULL ? null : numbers[n + 1]!,
        high: nulls & HIGH_NULL ? null : numbers[n + 2]!,
        kind: this.kinds[index]!,
        unit: this.units[index]!,
        currency: this.currencies[index]!,
        counted,
        subject: subject === SAME_AS_COUNTED ? counted : subject,
        qualifier: this.qualifiers[index]!,
        change: this.changes[index]!,
        from: nulls & FROM_NULL ? null : numbers[n + 3]!,
        period: this.periods[index]!,
      });
    }
    // The string columns would otherwise keep this text's strings (and through them the text) alive.
    this.subjects.fill(null, 0, this.length);
    this.units.fill(null, 0, this.length);
    this.currencies.fill(null, 0, this.length);
    this.periods.fill(null, 0, this.length);
    this.length = 0;
    return claims;
  }

  private grow(): void {
    // Grown, never shrunk: the columns are kept for the next text.
    this.capacity *= 2;
    const ints = new Int32Array(INTS * this.capacity);
    ints.set(this.ints);
    this.ints = ints;
    const numbers = new Float64Array(NUMBERS * this.capacity);
    numbers.set(this.numbers);
    this.numbers = numbers;
    const nulls = new Uint8Array(this.capacity);
    nulls.set(this.nulls);
    this.nulls = nulls;
  }
}

let shared: ClaimRows | null = null;

/**
 * The rows for one call of the detector, empty. Calls are synchronous and never nested, so one set
 * of columns, grown to the most claims any text has had, is reused.
 */
export function claimRows(): ClaimRows {
  shared ??= new ClaimRows();
  shared.length = 0;
  return shared;
}
