/**
 * Words looked up where they stand in the text, without cutting them out. A Set or object keyed by
 * a freshly sliced word costs an allocation, a hash of the new string and (for `in`) a trip through
 * V8's string table; the detector asks such questions about several words around every figure, so
 * this table hashes the characters in place and compares them against its own keys.
 */
export class WordTable<T> {
  private readonly keys: string[] = [];
  private readonly values: T[] = [];
  /** Open addressing: index + 1 into keys, 0 for an empty slot. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly longest: number;
  /**
   * Most words asked about are not in the table: for each key length, a bit per first letter (a-z;
   * bit 26 for any other first character) and a bit per last letter reject most of them before
   * any hashing ("the" is turned away by a table whose three-letter keys all start with "a").
   */
  private readonly firstsByLength = new Int32Array(LENGTH_BUCKETS);
  private readonly lastsByLength = new Int32Array(LENGTH_BUCKETS);

  constructor(entries: Iterable<readonly [string, T]>) {
    const list = [...entries];
    let size = 16;
    while (size < list.length * 3) size <<= 1;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    let longest = 0;
    for (const [key, value] of list) {
      if (key === "" || this.get(key, 0, key.length) !== undefined) continue;
      this.keys.push(key);
      this.values.push(value);
      let slot = hashOf(key, 0, key.length) & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = this.keys.length;
      if (key.length > longest) longest = key.length;
      const bucket = lengthBucket(key.length);
      this.firstsByLength[bucket]! |= firstBit(key.charCodeAt(0));
      this.lastsByLength[bucket]! |= firstBit(key.charCodeAt(key.length - 1));
    }
    this.longest = longest;
  }

  /** The value stored for the characters text[start, end) (the whole string by default), or undefined. */
  get(text: string, start = 0, end = text.length): T | undefined {
    const length = end - start;
    if (length <= 0 || length > this.longest) return undefined;
    const bucket = lengthBucket(length);
    if ((this.firstsByLength[bucket]! & firstBit(text.charCodeAt(start))) === 0) return undefined;
    if ((this.lastsByLength[bucket]! & firstBit(text.charCodeAt(end - 1))) === 0) return undefined;
    let slot = hashOf(text, start, end) & this.mask;
    for (;;) {
      const index = this.slots[slot]!;
      if (index === 0) return undefined;
      const key = this.keys[index - 1]!;
      if (key.length === length && sameChars(key, text, start)) return this.values[index - 1];
      slot = (slot + 1) & this.mask;
    }
  }

  has(text: string, start = 0, end = text.length): boolean {
    return this.get(text, start, end) !== undefined;
  }

  /** Every word in the table. */
  get words(): readonly string[] {
    return this.keys;
  }
}

/**
 * One set of every word in the given tables: where a word is tested against several tables in
 * turn only to learn whether any holds it, one lookup (one hash) does instead of several.
 */
export function unionOf(...tables: ReadonlyArray<WordTable<unknown>>): WordTable<true> {
  return wordSetOf(tables.flatMap((table) => table.words));
}

/** A set of words given as one space-separated string. */
export function wordSet(words: string): WordTable<true> {
  return wordSetOf(words.split(" "));
}

export function wordSetOf(words: Iterable<string>): WordTable<true> {
  return new WordTable([...words].filter(Boolean).map((word) => [word, true] as const));
}

/** Key lengths past 30 share the last bucket. */
const LENGTH_BUCKETS = 32;

function lengthBucket(length: number): number {
  return length > 31 ? 31 : length;
}

/** The bit of a first or last character. */
function firstBit(code: number): number {
  return code >= 97 && code <= 122 ? 1 << (code - 97) : 1 << 26;
}

/** FNV-1a over UTF-16 code units. */
function hashOf(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

function sameChars(key: string, text: string, start: number): boolean {
  for (let i = 0; i < key.length; i++)
    if (key.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
