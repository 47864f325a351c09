import { unionOf, wordSet, wordSetOf } from "./word-table";
import type { ClaimKind } from "./types";

/** What follows a number ("per cent", "billion dollars", "km") and what precedes it ("$", "US$", "£"). */

export interface UnitMatch {
  end: number;
  kind: ClaimKind;
  unit: string;
  currency: string | null;
}

const PERCENT =
  /[ \u00a0]?(?:%|per[ -]?cent\b|pct\b|percentage[ -]points?\b|basis[ -]points?\b|bps\b)/y;

/**
 * Currency nouns, each with the code it means alone ("" when it needs a nationality: "crowns" alone
 * is not money), and the nationality adjectives that name a country's currency ("Danish crowns").
 */
const CURRENCY_NOUNS: Record<string, string> = Object.assign(Object.create(null) as object, {
  dollar: "USD",
  pound: "GBP",
  sterling: "GBP",
  euro: "EUR",
  yen: "JPY",
  yuan: "CNY",
  renminbi: "CNY",
  rupee: "INR",
  rouble: "RUB",
  ruble: "RUB",
  franc: "CHF",
  naira: "NGN",
  rand: "ZAR",
  shekel: "ILS",
  riyal: "SAR",
  dirham: "AED",
  peso: "",
  crown: "",
  krona: "SEK",
  kronor: "SEK",
  krone: "",
  kroner: "",
  real: "",
  reais: "BRL",
  lira: "TRY",
  zloty: "PLN",
  zlotys: "PLN",
  forint: "HUF",
  ringgit: "MYR",
  rupiah: "IDR",
  baht: "THB",
  won: "",
  hryvnia: "UAH",
  dinar: "",
  shilling: "",
  pence: "GBX",
  penny: "GBX",
  cedi: "GHS",
  kwacha: "",
  taka: "BDT",
});
const NATIONALITIES: Record<string, string> = Object.assign(Object.create(null) as object, {
  us: "USD",
  "u.s.": "USD",
  american: "USD",
  australian: "AUD",
  aussie: "AUD",
  canadian: "CAD",
  "hong kong": "HKD",
  "new zealand": "NZD",
  singapore: "SGD",
  taiwan: "TWD",
  taiwanese: "TWD",
  danish: "DKK",
  swedish: "SEK",
  norwegian: "NOK",
  czech: "CZK",
  icelandic: "ISK",
  mexican: "MXN",
  argentine: "ARS",
  argentinian: "ARS",
  chilean: "CLP",
  colombian: "COP",
  philippine: "PHP",
  swiss: "CHF",
  turkish: "TRY",
  "south african": "ZAR",
  indian: "INR",
  pakistani: "PKR",
  kenyan: "KES",
  ugandan: "UGX",
  tanzanian: "TZS",
  egyptian: "EGP",
  jordanian: "JOD",
  kuwaiti: "KWD",
  iraqi: "IQD",
  bahraini: "BHD",
  russian: "RUB",
  brazilian: "BRL",
  chinese: "CNY",
  japanese: "JPY",
  korean: "KRW",
  "south korean": "KRW",
  ukrainian: "UAH",
  polish: "PLN",
  hungarian: "HUF",
  malaysian: "MYR",
  indonesian: "IDR",
  thai: "THB",
  saudi: "SAR",
  emirati: "AED",
  israeli: "ILS",
  nigerian: "NGN",
  ghanaian: "GHS",
  zambian: "ZMW",
  "sri lankan": "LKR",
});
/** ISO 4217 codes news prints (before or after the figure). */
const ISO_CODE_LIST = (
  "USD EUR GBP JPY CNY INR CHF AUD CAD HKD NZD SGD SEK NOK DKK ISK CZK PLN HUF RON BGN TRY RUB UAH " +
  "BRL MXN ARS CLP COP PEN ZAR NGN KES GHS EGP MAD SAR AED QAR KWD BHD OMR ILS JOD IQD IRR PKR BDT " +
  "LKR KRW TWD THB MYR IDR PHP VND"
).split(" ");
export const ISO_CODES = wordSetOf(ISO_CODE_LIST);
/** Codes that are also English words: read after a figure only as words ("5 try"), never as money. */
const ENGLISH_WORD_CODES = wordSet("try pen mad cop omr");
const CURRENCY_WORD =
  /(?:(hong kong|new zealand|south african|south korean|sri lankan|[a-z.]+) )?([a-z]+)\b/y;

const MEASURES =
  /(?:square |sq\.? |cubic )?(?:kilomet(?:re|er)s?|km2|km\/h|km|met(?:re|er)s?|m|centimet(?:re|er)s?|cm|millimet(?:re|er)s?|mm|miles?|feet|foot|ft|inches|inch|yards?|acres?|hectares?|kilograms?|kg|grams?|milligrams?|mg|tonnes?|tons?|pounds?|lbs?|ounces?|oz|lit(?:re|er)s?|ml|gallons?|barrels?|bpd|degrees?(?: celsius| fahrenheit| c| f)?|°[cf]?|celsius|fahrenheit|mph|kph|knots?|megawatts?|gigawatts?|kilowatts?|mw|gw|kw|kwh|mwh|gwh|twh|watts?|volts?|calories?|kcal|gb|mb|tb|gigabytes?|megabytes?|terabytes?|[kmgt]bps|[kmg]?hz|ppm|parts per (?:million|billion)|megatons?|points?|pts|bhp|hp|megapixels?|(?:kilo|mega|giga|tera)watt[ -]hours?|terawatts?|cents?|g|l)\b/y;

const DURATIONS =
  /(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|yrs?|decades?|centuries|century|millennia)\b/y;

/** First words of every unit above: most numbers are followed by a plain noun, which this rejects at once. */
const UNIT_FIRST_WORDS = wordSet(
  "per pct percent percentage basis bps us u dollar dollars australian aussie canadian hong pound pounds sterling " +
    "euro euros yen yuan renminbi rupee rupees crore rouble roubles ruble rubles swiss franc francs naira rand shekel " +
    "shekels riyal riyals dirham dirhams usd eur gbp jpy cny inr chf aud cad square sq cubic kilometre kilometres " +
    "kilometer kilometers km km2 m metre metres meter meters centimetre centimetres centimeter centimeters cm millimetre " +
    "millimetres millimeter millimeters mm mile miles feet foot ft inches inch yard yards acre acres hectare hectares " +
    "kilogram kilograms kg gram grams milligram milligrams mg tonne tonnes ton tons lb lbs ounce ounces oz litre " +
    "litres liter liters ml gallon gallons barrel barrels bpd degree degrees celsius fahrenheit mph kph knot knots " +
    "megawatt megawatts gigawatt gigawatts kilowatt kilowatts mw gw kw kwh mwh gwh twh watt watts volt volts calorie " +
    "calories kcal bhp hp megapixel megapixels terawatt terawatts cents cent g l gb mb tb gigabyte gigabytes megabyte megabytes terabyte terabytes kbps mbps gbps tbps hz khz mhz ghz ppm parts megaton megatons point points " +
    "pts second seconds sec secs minute minutes min mins hour hours hr hrs day days week weeks month months year years " +
    "yr yrs decade decades centuries century millennia",
);

const PERCENT_FIRST_WORDS = wordSet("per pct percent percentage basis bps");
/** First words of CURRENCY_WORDS: only these run the currency patterns. */
const CURRENCY_FIRST_WORDS = wordSetOf([
  ...Object.keys(CURRENCY_NOUNS).flatMap((n) => [n, `${n}s`]),
  ...Object.keys(NATIONALITIES).map((n) => n.split(/[ .]/)[0]!),
  ...ISO_CODE_LIST.map((c) => c.toLowerCase()),
  "u",
]);

/** A unit's or a currency's first word: one lookup says whether any pattern can match. */
const FIRST_WORDS = unionOf(UNIT_FIRST_WORDS, CURRENCY_FIRST_WORDS);

/** Matches a unit right at `at` ("%") or at `spacedAt`, after spaces or a hyphen. */
export function readUnit(lower: string, at: number, spacedAt: number): UnitMatch | null {
  const first = lower.charCodeAt(spacedAt);
  // The first word says which patterns can match: a duration never runs the currency list.
  let word = "";
  if (first !== 37 && first !== 176) {
    let wordEnd = spacedAt;
    while (wordEnd < lower.length) {
      const code = lower.charCodeAt(wordEnd);
      if (!((code >= 97 && code <= 122) || (code >= 48 && code <= 57 && wordEnd > spacedAt))) break;
      wordEnd++;
    }
    if (wordEnd === spacedAt) return null;
    const length = wordEnd - spacedAt;
    if (
      !FIRST_WORDS.has(lower, spacedAt, wordEnd) &&
      !(length === 4 && lower.startsWith("fold", spacedAt)) &&
      !(at === spacedAt && length === 1 && (first === 112 || first === 99))
    )
      return null;
    word = lower.slice(spacedAt, wordEnd);
  }
  const percent = first === 37 || PERCENT_FIRST_WORDS.has(word) ? readPercent(lower, at) : null;
  if (percent) return percent;
  if (word === "fold") return { end: spacedAt + 4, kind: "ratio", unit: "×", currency: null };
  // "212p", "45c" glued to the figure: pence and cents.
  if (at === spacedAt && (word === "p" || word === "c") && lower.charCodeAt(at) !== 45)
    return word === "p"
      ? { end: at + 1, kind: "money", unit: "GBX", currency: "GBX" }
      : { end: at + 1, kind: "measure", unit: "cents", currency: null };
  if (word !== "" && CURRENCY_FIRST_WORDS.has(word)) {
    const money = readCurrencyWord(lower, spacedAt);
    if (money) return money;
  }
  DURATIONS.lastIndex = spacedAt;
  const duration = DURATIONS.exec(lower);
  if (duration)
    return {
      end: spacedAt + duration[0].length,
      kind: "duration",
      unit: normalizeDuration(duration[0]),
      currency: null,
    };
  MEASURES.lastIndex = spacedAt;
  const measure = MEASURES.exec(lower);
  if (measure)
    return {
      end: spacedAt + measure[0].length,
      kind: "measure",
      unit: normalizeMeasure(measure[0]),
      currency: null,
    };
  return null;
}

function readPercent(lower: string, at: number): UnitMatch | null {
  PERCENT.lastIndex = at;
  const percent = PERCENT.exec(lower);
  if (percent) {
    const text = percent[0].trim();
    const unit = text.startsWith("percentage")
      ? "percentage points"
      : text.startsWith("basis") || text === "bps"
        ? "basis points"
        : "%";
    return { end: at + percent[0].length, kind: "percent", unit, currency: null };
  }
  return null;
}

/** "dollars", "Danish crowns", "pounds sterling", "SEK": a currency written after the figure. */
function readCurrencyWord(lower: string, spacedAt: number): UnitMatch | null {
  CURRENCY_WORD.lastIndex = spacedAt;
  const match = CURRENCY_WORD.exec(lower);
  if (!match) return null;
  const adjective = match[1];
  let noun = match[2]!;
  let end = spacedAt + match[0].length;
  const code = adjective !== undefined ? NATIONALITIES[adjective] : undefined;
  if (adjective !== undefined && code === undefined) {
    // The first word was not a nationality: read the noun alone.
    noun = adjective;
    end = spacedAt + adjective.length;
  }
  const upper = noun.toUpperCase();
  if (
    noun.length === 3 &&
    ISO_CODES.has(upper) &&
    !ENGLISH_WORD_CODES.has(noun) &&
    code === undefined
  )
    return { end, kind: "money", unit: upper, currency: upper };
  const singular = noun in CURRENCY_NOUNS ? noun : noun.endsWith("s") ? noun.slice(0, -1) : noun;
  const alone = CURRENCY_NOUNS[singular];
  if (alone === undefined) return null;
  // "pounds of flour" weighs; "the real value" is not money.
  if (
    (singular === "pound" && lower.startsWith(" of ", end)) ||
    (alone === "" && code === undefined)
  )
    return null;
  if (singular === "pound" && lower.startsWith(" sterling", end)) end += 9;
  const currency = code ?? alone;
  return { end, kind: "money", unit: currency, currency };
}

/** Temperatures are written many ways ("degrees Celsius", "°c", "C"); the unit is given one way. */
function normalizeMeasure(unit: string): string {
  if (
    unit.startsWith("°") ||
    unit.startsWith("degree") ||
    unit === "celsius" ||
    unit === "fahrenheit"
  ) {
    if (unit.endsWith("f") || unit.endsWith("fahrenheit")) return "°F";
    return "°C";
  }
  return unit;
}

/** "1.5C", "104F": a capital C or F glued to a number and ending the word. */
export function readGluedDegrees(text: string, at: number): UnitMatch | null {
  const code = text.charCodeAt(at);
  if (code !== 67 && code !== 70) return null;
  const next = text.charCodeAt(at + 1);
  if ((next >= 65 && next <= 90) || (next >= 97 && next <= 122) || (next >= 48 && next <= 57))
    return null;
  return { end: at + 1, kind: "measure", unit: code === 67 ? "°C" : "°F", currency: null };
}

function normalizeDuration(word: string): string {
  if (word.startsWith("sec")) return "seconds";
  if (word.startsWith("min")) return "minutes";
  if (word.startsWith("h")) return "hours";
  if (word.startsWith("y")) return "years";
  if (word.startsWith("centur")) return "centuries";
  return word.endsWith("s") ? word : `${word}s`;
}

const CURRENCY_BEFORE =
  /(?:(US|U\.S\.|A|AU|C|CA|HK|NZ|S|R)\$|\$(US|A|AU|C|CA|HK|NZ|S)?|£|€|¥|₹|₽|₩|₺|₦|\b(?:Rs\.?|[A-Z]{3}))[ \u00a0]?$/;
const PREFIX_CODES: Record<string, string> = {
  US: "USD",
  "U.S.": "USD",
  A: "AUD",
  AU: "AUD",
  C: "CAD",
  CA: "CAD",
  HK: "HKD",
  NZ: "NZD",
  S: "SGD",
  R: "BRL",
};
const SYMBOL_CODES: Record<string, string> = {
  $: "USD",
  "£": "GBP",
  "€": "EUR",
  "¥": "JPY",
  "₹": "INR",
  "₽": "RUB",
  "₩": "KRW",
  "₺": "TRY",
  "₦": "NGN",
};

/** A currency written before the number; `start` is where the symbol or code begins. */
export function readCurrencyBefore(
  text: string,
  numberStart: number,
): { start: number; currency: string } | null {
  const first = text.charCodeAt(numberStart - 1);
  // Cheap gate: every prefix ends in a symbol, a letter or one space.
  if (
    first !== 36 &&
    first !== 32 &&
    first !== 160 &&
    first < 0xa0 &&
    !(first >= 65 && first <= 90) &&
    first !== 46
  )
    return null;
  // After a space, the prefix itself must end just before it: a symbol, a capital, "Rs" or "Rs.".
  // Most figures follow a lower-case word, so they stop here without a slice or a regex.
  if (first === 32 || first === 160) {
    const second = text.charCodeAt(numberStart - 2);
    if (
      second !== 36 &&
      second !== 46 &&
      second !== 115 &&
      !(second >= 65 && second <= 90) &&
      !(second >= 0xa0)
    )
      return null;
  }
  const window = text.slice(Math.max(0, numberStart - 6), numberStart);
  const match = CURRENCY_BEFORE.exec(window);
  if (!match) return null;
  const start = numberStart - match[0].length;
  const prefix = match[1] ?? match[2];
  if (prefix) return { start, currency: PREFIX_CODES[prefix] ?? "USD" };
  const token = match[0].trim().replace(/\.$/, "");
  // Three capitals are a currency only when they are an ISO code ("NOK 15bn", not "CEO 3").
  if (token.length === 3 && /^[A-Z]{3}$/.test(token) && !ISO_CODES.has(token)) return null;
  const currency = SYMBOL_CODES[token] ?? (token === "Rs" ? "INR" : token);
  return { start, currency };
}
