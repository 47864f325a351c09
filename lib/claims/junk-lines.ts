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
    return (this.at[index] = this.lower.indexOf(PROBES[index]!, from));
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
        at = this.lower.indexOf(PROBES[i]!, at + 1);
      }
      this.base[i] = lineEnd;
      this.at[i] = at;
    }
    return false;
  }
}
