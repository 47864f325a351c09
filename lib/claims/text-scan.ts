/** Character-level helpers shared by the detector. All take char codes to avoid allocating strings. */

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/** Letters beyond ASCII matter only at token edges ("Ü-20"), so the slow path is rare. */
export function isLetter(code: number): boolean {
  if (isAsciiLetter(code)) return true;
  return code > 0xbf && /\p{L}/u.test(String.fromCharCode(code));
}

export function isSpace(code: number): boolean {
  return code === 32 || code === 160 || code === 9 || code === 0x202f;
}

/** Skips spaces and tabs but never a line break: a claim does not continue onto the next line. */
export function skipSpaces(s: string, i: number): number {
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i;
}

export function skipSpacesBack(s: string, i: number): number {
  while (i > 0 && isSpace(s.charCodeAt(i - 1))) i--;
  return i;
}

/** End of the run of ASCII letters starting at i (i itself when there is none). */
export function letterRunEnd(s: string, i: number): number {
  while (i < s.length && isAsciiLetter(s.charCodeAt(i))) i++;
  return i;
}

export function letterRunStart(s: string, i: number): number {
  while (i > 0 && isAsciiLetter(s.charCodeAt(i - 1))) i--;
  return i;
}

/** The lower-cased word that ends just before `end` (spaces skipped), or "" when punctuation comes first. */
export function wordBefore(lower: string, end: number): { word: string; start: number } {
  const wordEnd = skipSpacesBack(lower, end);
  const start = letterRunStart(lower, wordEnd);
  return { word: lower.slice(start, wordEnd), start };
}

export function wordAfter(lower: string, start: number): { word: string; end: number } {
  const wordStart = skipSpaces(lower, start);
  const end = letterRunEnd(lower, wordStart);
  return { word: lower.slice(wordStart, end), end };
}

/**
 * Lower-cases without changing any offset. `toLowerCase` can lengthen a few characters ("İ"),
 * so those texts fall back to a per-character mapping that keeps the length.
 */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    const low = ch.toLowerCase();
    out += low.length === 1 ? low : ch;
  }
  return out;
}
