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

/** Below this length `toLowerCase` is cheap enough and needs no buffer. */
const SHORT_TEXT = 4096;
/** Each character's lower case where it is one code unit, else the character itself; 0 until first asked. */
const LOWER_OF = new Uint16Array(65536);

function lowerCodeOf(code: number): number {
  const known = LOWER_OF[code]!;
  if (known !== 0) return known;
  const low = String.fromCharCode(code).toLowerCase();
  const mapped = low.length === 1 ? low.charCodeAt(0) : code;
  LOWER_OF[code] = mapped;
  return mapped;
}

/**
 * Lower-cases without changing any offset: a character whose lower case is longer ("İ") stays as it
 * is. News text holds curly quotes and dashes, which make V8 store it two bytes a character, and
 * `toLowerCase` on such a string goes through ICU at a fraction of the detector's speed; so a long
 * text is mapped code unit by code unit into a buffer, ASCII inline and the rest through a table
 * filled on first use. (Greek final sigma is the one context-dependent mapping lost; no rule reads it.)
 */
export function lowerSameLength(text: string): string {
  return lowersByCodeUnit(text) ? lowerByCodeUnit(text) : lowerShort(text);
}

/**
 * Whether `lowerSameLength` maps this text code unit by code unit, so that any piece of it lowered
 * alone by `lowerByCodeUnit` equals the same stretch of the whole text lowered.
 */
export function lowersByCodeUnit(text: string): boolean {
  return text.length >= SHORT_TEXT && typeof Buffer !== "undefined";
}

/** Each code unit lowered on its own (see `lowerSameLength`); needs Buffer. */
export function lowerByCodeUnit(text: string): string {
  const byteLength = text.length * 2;
  // One buffer kept between calls, grown to the longest text seen: a fresh one per call costs page
  // faults on memory the process just had, and its size counts as external memory pressure on the heap.
  if (scratch === null || scratch.length < byteLength) {
    scratch = Buffer.allocUnsafeSlow(byteLength);
    scratchUnits = new Uint16Array(scratch.buffer, scratch.byteOffset, scratch.length >> 1);
    scratchPairs = new Uint32Array(scratch.buffer, scratch.byteOffset, scratch.length >> 2);
  }
  const bytes = scratch;
  const units = scratchUnits!;
  const pairs = scratchPairs!;
  bytes.write(text, 0, byteLength, "utf16le");
  const pairCount = text.length >> 1;
  for (let p = 0; p < pairCount; p++) {
    const pair = pairs[p]!;
    if ((pair & 0xff80ff80) === 0) {
      // Two ASCII code units at once: bit 7 of a lane ends up set for 'A'..'Z' alone (no lane
      // carries into the next, each being under 0x80), and moved to bit 5 it lowers that lane.
      const upper = (pair + 0x003f003f) & ~(pair + 0x00250025) & 0x00800080;
      if (upper !== 0) pairs[p] = pair | (upper >>> 2);
    } else {
      lowerUnitAt(units, 2 * p);
      lowerUnitAt(units, 2 * p + 1);
    }
  }
  if (text.length & 1) lowerUnitAt(units, text.length - 1);
  return bytes.toString("utf16le", 0, byteLength);
}

function lowerUnitAt(units: Uint16Array, i: number): void {
  const code = units[i]!;
  if (code < 128) {
    if (code >= 65 && code <= 90) units[i] = code | 32;
  } else units[i] = lowerCodeOf(code);
}

/** Allocated by allocUnsafeSlow, so it owns its memory from offset 0 and the 16-bit view is aligned. */
let scratch: Buffer | null = null;
let scratchUnits: Uint16Array | null = null;
let scratchPairs: Uint32Array | null = null;

function lowerShort(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = "";
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(lowerCodeOf(text.charCodeAt(i)));
  return out;
}
