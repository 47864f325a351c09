/**
 * Lines of serialized data or page furniture: no number in them is a claim. Each probe keeps a
 * cursor at its next occurrence, so asking about lines in text order reads the text once per probe
 * (indexOf is fast) and never copies a line.
 */

const FURNITURE = ["page generated in", "copyright ©", "all rights reserved"];
/**
 * Serialized PHP/JSON fragments, found by a literal probe and confirmed by a sticky pattern at it.
 * The probes are rare characters: indexOf crawls when the first character is common ("s:").
 */
const SERIALIZED: Array<[string, RegExp]> = [
  [":", /(?<=")|(?<=(?<![a-z0-9_])i)(?=:\d+;)|(?<=s)(?=:\d+:")/y],
  ["string(", /string\(\d+\)/y],
  ["_", /(?<=\d{6})_/y],
];
const PROBES = [...FURNITURE, ...SERIALIZED.map(([probe]) => probe)];
/**
 * Where each probe is searched for by indexOf: its rarest character when it has one ("©", "("), since
 * indexOf over a long text is many times faster for a rare single character than for a phrase that
 * starts with a common letter; the phrase is then checked around each hit.
 */
const ANCHOR_OFFSETS = PROBES.map((probe) => {
  const rare = Math.max(probe.indexOf("©"), probe.indexOf("("));
  return rare > 0 ? rare : 0;
});

export class JunkFinder {
  /** For each probe: its first occurrence at or after `base` (-1: none), so nothing lies in [base, at). */
  private readonly base: number[];
  private readonly at: number[];

  constructor(private readonly lower: string) {
    this.base = PROBES.map(() => Infinity);
    this.at = PROBES.map(() => -1);
  }

  private firstFrom(index: number, from: number): number {
    const at = this.at[index]!;
    if (this.base[index]! <= from && (at === -1 || at >= from)) return at;
    this.base[index] = from;
    return (this.at[index] = this.occurrence(index, from));
  }

  /** Start of the first occurrence of probe `index` at or after `from`, or -1. */
  private occurrence(index: number, from: number): number {
    const probe = PROBES[index]!;
    const offset = ANCHOR_OFFSETS[index]!;
    if (offset === 0) return this.lower.indexOf(probe, from);
    const anchor = probe.charAt(offset);
    for (let at = this.lower.indexOf(anchor, from + offset); at >= 0;) {
      if (this.lower.startsWith(probe, at - offset)) return at - offset;
      at = this.lower.indexOf(anchor, at + 1);
    }
    return -1;
  }

  isJunkLine(lineStart: number, lineEnd: number): boolean {
    for (let i = 0; i < FURNITURE.length; i++) {
      const at = this.firstFrom(i, lineStart);
      if (at >= 0 && at < lineEnd) return true;
    }
    for (let i = FURNITURE.length; i < PROBES.length; i++) {
      let at = this.firstFrom(i, lineStart);
      if (at < 0 || at >= lineEnd) continue;
      const pattern = SERIALIZED[i - FURNITURE.length]![1];
      while (at >= 0 && at < lineEnd) {
        pattern.lastIndex = at;
        if (pattern.test(this.lower)) return true;
        at = this.occurrence(i, at + 1);
      }
      this.base[i] = lineEnd;
      this.at[i] = at;
    }
    return false;
  }
}
