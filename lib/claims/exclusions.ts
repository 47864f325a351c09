import * as functionWordsModule from "./function-words";
import type { Numeral } from "./numeral";
import * as textScanModule from "./text-scan";
import { wordSetOf } from "./word-table";

/** Bound once: tsx runs each file as CommonJS, where a named import is a getter read on every call. */
const { FUNCTION_WORDS, MONTHS } = functionWordsModule;
const {
  isAsciiLetter,
  isDigit,
  isLetter,
  isSpace,
  letterRunEnd,
  letterRunStart,
  wordAfter,
  wordBefore,
} = textScanModule;

/**
 * Numbers that are not claims: dates, years, times, identifiers, phone numbers, addresses and
 * numbers glued into machine tokens (URLs, file names, serialized data).
 */

/** Letters that may follow digits directly and still leave a quantity ("5km", "10kg"). */
const ATTACHED_UNITS = wordSetOf(
  "m km kg mm cm ml mg mph kph kmh gb mb tb mw gw kw kwh mwh gwh twh lb lbs oz ft bpd bps kbps mbps gbps hz khz mhz ghz pc pct sq c f p g l bhp hp min mins hrs".split(
    " ",
  ),
);

/** "$US240", "$A5": the letters after a dollar sign say whose dollar it is. */
function isDollarPrefix(text: string, start: number): boolean {
  let at = start;
  while (at > start - 3 && at > 0 && text.charCodeAt(at - 1) >= 65 && text.charCodeAt(at - 1) <= 90)
    at--;
  return at < start && text.charCodeAt(at - 1) === 36;
}

const ABBREVIATED_MONTHS = wordSetOf("jan feb mar apr jun jul aug sep sept oct nov dec".split(" "));
const QUANTITY_PREFIXES = wordSetOf(["sub", "minus", "near"]);

/** A number glued to letters or machine punctuation: "F-16", "G7", "COVID-19", "22:09", "1st", "1990s", "4x3". */
export function isGluedToken(text: string, lower: string, numeral: Numeral): boolean {
  const prev = text.charCodeAt(numeral.start - 1);
  if (numeral.start > 0) {
    if (isLetter(prev)) return !isDollarPrefix(text, numeral.start);
    if (prev === 45 || prev === 0x2010 || prev === 0x2011) {
      const beforeHyphen = text.charCodeAt(numeral.start - 2);
      // "sub-500", "minus-60", "near-100" are figures with a prefix, not names like "F-16".
      if (
        isLetter(beforeHyphen) &&
        !QUANTITY_PREFIXES.has(wordBefore(lower, numeral.start - 1).word)
      )
        return true;
      if (isDigit(beforeHyphen)) return true;
    }
    // '/', ':', '#', '_', '@', '=', '\', '&', '.', '^' glue a number into an ID, path or time.
    if (
      prev === 47 ||
      prev === 58 ||
      prev === 35 ||
      prev === 95 ||
      prev === 64 ||
      prev === 61 ||
      prev === 92 ||
      prev === 38 ||
      prev === 94
    )
      return true;
    if (prev === 46 && isDigit(text.charCodeAt(numeral.start - 2))) return true;
    if (prev === 46 && isLetter(text.charCodeAt(numeral.start - 2))) return true;
  }
  if (numeral.end !== numeral.digitsEnd) return false;
  const next = lower.charCodeAt(numeral.digitsEnd);
  const afterNext = lower.charCodeAt(numeral.digitsEnd + 1);
  if (isAsciiLetter(next)) {
    const word = lower.slice(numeral.digitsEnd, letterRunEnd(lower, numeral.digitsEnd));
    // "5G", "4P": a capital single letter glued on names a generation or a part, not grams or pence.
    if (word.length === 1 && word !== "m" && word !== "c" && word !== "f") {
      const glued = text.charCodeAt(numeral.digitsEnd);
      if (glued >= 65 && glued <= 90) return true;
    }
    return !ATTACHED_UNITS.has(word);
  }
  if (isLetter(next)) return true;
  // "21-cv-0453", "7-a-2": letters between hyphens and then a digit make a case or part number.
  if (next === 45 && isAsciiLetter(afterNext)) {
    const lettersEnd = letterRunEnd(lower, numeral.digitsEnd + 1);
    if (lower.charCodeAt(lettersEnd) === 45 && isDigit(lower.charCodeAt(lettersEnd + 1)))
      return true;
  }
  if (
    (next === 58 || next === 47 || next === 46 || next === 95 || next === 64 || next === 61) &&
    isDigit(afterNext)
  )
    return true;
  if (next === 95 || next === 64 || next === 61 || next === 92) return true;
  return false;
}

const MACHINE_TOKEN =
  /:\/\/|www\.|[@_=\\|{}]|":|\.(?:jpe?g|png|gif|html?|php|aspx?|pdf|mp[34]|txt|csv|xml|json|js)\b/;

/** The whitespace-delimited chunk around the number looks like a URL, file name or serialized data. */
export function isInMachineToken(text: string, start: number, end: number): boolean {
  // Walk the token once; only a token holding a machine character is copied and matched.
  let suspicious = false;
  let from = start;
  const floor = Math.max(0, start - 120);
  while (from > floor && !isSpace(text.charCodeAt(from - 1)) && text.charCodeAt(from - 1) !== 10) {
    from--;
    if (isMachineCharAt(text, from)) suspicious = true;
  }
  let to = end;
  const ceiling = Math.min(text.length, end + 120);
  while (to < ceiling && !isSpace(text.charCodeAt(to)) && text.charCodeAt(to) !== 10) {
    if (isMachineCharAt(text, to)) suspicious = true;
    to++;
  }
  if (!suspicious || to - from === end - start) return false;
  return MACHINE_TOKEN.test(text.slice(from, to));
}

/** Characters MACHINE_TOKEN needs: ':', '/', '@', '_', '=', '\\', '|', '{', '}', or a dot before a letter. */
function isMachineCharAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code === 46) return isAsciiLetter(text.charCodeAt(at + 1));
  return (
    code === 58 ||
    code === 47 ||
    code === 64 ||
    code === 95 ||
    code === 61 ||
    code === 92 ||
    code === 124 ||
    code === 123 ||
    code === 125
  );
}

const TIME_AFTER =
  /[ \u00a0]?(?:a\.m\.|p\.m\.|am\b|pm\b|gmt\b|utc\b|bst\b|[ecmp][sd]t\b|cest?\b|o['’]clock|local time|hrs? (?:gmt|utc|local))/y;

export function isTimeOfDay(lower: string, numeral: Numeral): boolean {
  if (numeral.value > 2400) return false;
  TIME_AFTER.lastIndex = numeral.digitsEnd;
  return TIME_AFTER.test(lower);
}

/** "March 22", "Dec 1", "22 March", "1 of May". Capitalised "May" only, so "may 5" stays a number. */
export function isDayOfMonth(text: string, lower: string, numeral: Numeral): boolean {
  if (!numeral.isPlain || numeral.digitCount > 2 || numeral.value < 1 || numeral.value > 31)
    return false;
  // "Nov. 14", "Sept. 3": an abbreviated month keeps its full stop.
  let beforeAt = numeral.start;
  while (beforeAt > 0 && lower.charCodeAt(beforeAt - 1) === 32) beforeAt--;
  const dotted = lower.charCodeAt(beforeAt - 1) === 46;
  if (dotted) beforeAt--;
  const before = wordBefore(lower, beforeAt);
  // After a full stop only an abbreviation is a month: "in May. 14 people" starts a new sentence.
  if (
    (!dotted || ABBREVIATED_MONTHS.has(before.word)) &&
    isMonthAt(text, before.word, before.start)
  )
    return true;
  const after = wordAfter(lower, numeral.digitsEnd);
  let monthStart = after.end - after.word.length;
  let month = after.word;
  if (month === "of") {
    const next = wordAfter(lower, after.end);
    month = next.word;
    monthStart = next.end - next.word.length;
  }
  return isMonthAt(text, month, monthStart);
}

function isMonthAt(text: string, word: string, start: number): boolean {
  if (!MONTHS.has(word)) return false;
  if (word === "may" || word === "march") return text.charCodeAt(start) === 77;
  return true;
}

/** Words after which a four-digit number is a year: "in 2014", "the 2014 elections", "fiscal 2023". */
const YEAR_CONTEXT = wordSetOf(
  (
    "the a an in since of by from until till to through during between its their his her our this that " +
    "s year years fiscal fy early late mid spring summer autumn fall winter before after copyright " +
    "circa c vision agenda class season election elections budget census end start beginning"
  ).split(" "),
);

/**
 * A bare 1700–2100 is a year unless something says it is a quantity: a currency, a qualifier, a unit,
 * or a noun right after it when the word before is not a year context ("and 1856 civilians").
 */
export function isYear(lower: string, numeral: Numeral, hasQuantityMarker: boolean): boolean {
  if (!numeral.isPlain || numeral.digitCount !== 4 || numeral.value < 1700 || numeral.value > 2100)
    return false;
  if (hasQuantityMarker) return false;
  const before = wordBefore(lower, numeral.start).word;
  if (YEAR_CONTEXT.has(before) || MONTHS.has(before)) return true;
  const after = wordAfter(lower, numeral.digitsEnd);
  return after.word.length < 3 || FUNCTION_WORDS.has(after.word) || MONTHS.has(after.word);
}

const IDENTIFIER_WORDS = wordSetOf(
  (
    "article articles section sections table tables figure fig chapter chapters page pages p pp line lines " +
    "paragraph para clause item items room flight route highway interstate resolution resolutions vol volume " +
    "no nos number num id ref episode season level phase stage grade round game category class type gate " +
    "terminal platform row seat exit channel version rule amendment part step ward district precinct lot box " +
    "suite apartment apt building block floor track bus tier verse psalm act scene week day model series mark " +
    "apollo windows iphone galaxy boeing airbus formula code zip isbn issn extension ext ext tel phone fax " +
    "hotline pin postcode annex schedule appendix protocol call dial dialled dialed"
  ).split(" "),
);

/** "Article 5", "line 7", "Table 4.2", "News ID: 265628", "No. 10". */
/** "FTSE 100", "Nikkei 225": a plain number right after an all-capitals word or an index name is a name. */
const INDEX_WORDS = wordSetOf([
  "nikkei",
  "dax",
  "cac",
  "fortune",
  "russell",
  "stoxx",
  "sensex",
  "nifty",
  "kospi",
]);

export function isIndexName(text: string, lower: string, numeral: Numeral): boolean {
  if (!numeral.isPlain || text.charCodeAt(numeral.start - 1) !== 32) return false;
  const wordEnd = numeral.start - 1;
  let wordStart = wordEnd;
  let capitals = 0;
  while (wordStart > 0 && isAsciiLetter(text.charCodeAt(wordStart - 1))) {
    wordStart--;
    const code = text.charCodeAt(wordStart);
    if (code >= 65 && code <= 90) capitals++;
  }
  const length = wordEnd - wordStart;
  if (length === 0) return false;
  if (length >= 2 && length <= 6 && capitals === length)
    return !isPluralNounAfter(lower, numeral.end);
  return INDEX_WORDS.has(lower, wordStart, wordEnd);
}

/** "NATO 32 members" counts; "FTSE 100 rose", "NHS 111 service" name an index or a service. */
function isPluralNounAfter(lower: string, at: number): boolean {
  const code = lower.charCodeAt(at);
  // "UK 5%", "EU 3bn": a unit glued on makes it a quantity.
  if (code !== 32)
    return !(
      Number.isNaN(code) ||
      code === 44 ||
      code === 46 ||
      code === 59 ||
      code === 58 ||
      code === 41
    );
  const next = wordAfter(lower, at).word;
  if (next === "per" || next === "percent" || next === "pc" || next === "pct") return true;
  return next.length > 2 && next.endsWith("s") && !FUNCTION_WORDS.has(next);
}

export function hasIdentifierPrefix(lower: string, start: number): boolean {
  let at = start;
  while (
    at > 0 &&
    (isSpace(lower.charCodeAt(at - 1)) ||
      lower.charCodeAt(at - 1) === 58 ||
      lower.charCodeAt(at - 1) === 46)
  )
    at--;
  if (start - at > 4 || !isAsciiLetter(lower.charCodeAt(at - 1))) return false;
  // The word is looked up where it stands: no copy of it is cut.
  return IDENTIFIER_WORDS.has(lower, letterRunStart(lower, at), at);
}

const PHONE = /\+?\(?\d{2,4}\)?[-. \u00a0]\d{3,4}[-. \u00a0]\d{3,5}(?!\d)|\d{3}-\d{4}(?!\d)/y;

export function isPhoneNumber(text: string, numeral: Numeral): boolean {
  let at = numeral.start;
  if (text.charCodeAt(at - 1) === 40) at--;
  // "+44 20 7946 0958" is a phone number; "+0.4%", "+12" are signed figures.
  if (text.charCodeAt(at - 1) === 43) {
    const next = text.charCodeAt(numeral.digitsEnd);
    const grouped =
      (next === 32 || next === 45 || next === 40) &&
      (isDigit(text.charCodeAt(numeral.digitsEnd + 1)) ||
        text.charCodeAt(numeral.digitsEnd + 1) === 40);
    if (numeral.isPlain && (numeral.digitCount >= 6 || grouped)) return true;
    at--;
  }
  PHONE.lastIndex = at;
  return PHONE.test(text);
}

const STREET =
  /[ \u00a0]+(?:[A-Z0-9][\w'’.-]*[ \u00a0]+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Place|Pl|Square|Sq|Court|Ct|Terrace|Crescent|Close|Parkway|Pkwy|Highway)\b/y;

export function isStreetAddress(text: string, numeral: Numeral): boolean {
  if (!numeral.isPlain) return false;
  STREET.lastIndex = numeral.digitsEnd;
  return STREET.test(text);
}

/** Plain digit strings of 7+ digits, or 5–6 digits with nothing quantity-like around them, are IDs. */
export function isLongIdentifier(
  lower: string,
  numeral: Numeral,
  hasQuantityMarker: boolean,
): boolean {
  if (!numeral.isPlain || numeral.digitCount < 5) return false;
  if (numeral.digitCount >= 7) return true;
  if (hasQuantityMarker) return false;
  const after = wordAfter(lower, numeral.digitsEnd);
  return after.word.length === 0 || FUNCTION_WORDS.has(after.word);
}

export function hasLeadingZero(numeral: Numeral): boolean {
  return numeral.hasLeadingZero;
}
