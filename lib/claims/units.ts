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

const CURRENCY_WORDS: Array<[RegExp, string]> = [
  [/(?:u\.?s\.? )?dollars?\b/y, "USD"],
  [/(?:australian|aussie) dollars?\b/y, "AUD"],
  [/canadian dollars?\b/y, "CAD"],
  [/hong kong dollars?\b/y, "HKD"],
  [/pounds? sterling\b|sterling\b|pounds?\b(?! of\b)/y, "GBP"],
  [/euros?\b/y, "EUR"],
  [/yen\b/y, "JPY"],
  [/(?:yuan|renminbi)\b/y, "CNY"],
  [/(?:rupees?|crore rupees)\b/y, "INR"],
  [/r[ou]ubles?\b/y, "RUB"],
  [/swiss francs?\b/y, "CHF"],
  [/naira\b/y, "NGN"],
  [/rand\b/y, "ZAR"],
  [/shekels?\b/y, "ILS"],
  [/riyals?\b/y, "SAR"],
  [/dirhams?\b/y, "AED"],
  [/(?:usd|eur|gbp|jpy|cny|inr|chf|aud|cad)\b/y, ""],
];

const MEASURES =
  /(?:square |sq\.? |cubic )?(?:kilomet(?:re|er)s?|km2|km|met(?:re|er)s?|m|centimet(?:re|er)s?|cm|millimet(?:re|er)s?|mm|miles?|feet|foot|ft|inches|inch|yards?|acres?|hectares?|kilograms?|kg|grams?|milligrams?|mg|tonnes?|tons?|pounds?|lbs?|ounces?|oz|lit(?:re|er)s?|ml|gallons?|barrels?|bpd|degrees?(?: celsius| fahrenheit| c| f)?|°[cf]?|celsius|fahrenheit|mph|km\/h|kph|knots?|megawatts?|gigawatts?|kilowatts?|mw|gw|kw|kwh|mwh|gwh|twh|watts?|volts?|calories?|kcal|gb|mb|tb|gigabytes?|megabytes?|terabytes?|[kmgt]bps|[kmg]?hz|ppm|parts per (?:million|billion)|megatons?|points?|pts)\b/y;

const DURATIONS =
  /(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|yrs?|decades?|centuries|century|millennia)\b/y;

/** First words of every unit above: most numbers are followed by a plain noun, which this rejects at once. */
const UNIT_FIRST_WORDS = new Set(
  (
    "per pct percent percentage basis bps us u dollar dollars australian aussie canadian hong pound pounds sterling " +
    "euro euros yen yuan renminbi rupee rupees crore rouble roubles ruble rubles swiss franc francs naira rand shekel " +
    "shekels riyal riyals dirham dirhams usd eur gbp jpy cny inr chf aud cad square sq cubic kilometre kilometres " +
    "kilometer kilometers km km2 m metre metres meter meters centimetre centimetres centimeter centimeters cm millimetre " +
    "millimetres millimeter millimeters mm mile miles feet foot ft inches inch yard yards acre acres hectare hectares " +
    "kilogram kilograms kg gram grams milligram milligrams mg tonne tonnes ton tons lb lbs ounce ounces oz litre " +
    "litres liter liters ml gallon gallons barrel barrels bpd degree degrees celsius fahrenheit mph kph knot knots " +
    "megawatt megawatts gigawatt gigawatts kilowatt kilowatts mw gw kw kwh mwh gwh twh watt watts volt volts calorie " +
    "calories kcal gb mb tb gigabyte gigabytes megabyte megabytes terabyte terabytes kbps mbps gbps tbps hz khz mhz ghz ppm parts megaton megatons point points " +
    "pts second seconds sec secs minute minutes min mins hour hours hr hrs day days week weeks month months year years " +
    "yr yrs decade decades centuries century millennia"
  ).split(" "),
);

const PERCENT_FIRST_WORDS = new Set(["per", "pct", "percent", "percentage", "basis", "bps"]);
/** First words of CURRENCY_WORDS: only these run the currency patterns. */
const CURRENCY_FIRST_WORDS = new Set(
  (
    "us u dollar dollars australian aussie canadian hong pound pounds sterling euro euros yen yuan renminbi rupee " +
    "rupees crore rouble roubles ruble rubles swiss naira rand shekel shekels riyal riyals dirham dirhams usd eur gbp " +
    "jpy cny inr chf aud cad"
  ).split(" "),
);

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
    word = lower.slice(spacedAt, wordEnd);
    if (!UNIT_FIRST_WORDS.has(word)) return null;
  }
  const percent = first === 37 || PERCENT_FIRST_WORDS.has(word) ? readPercent(lower, at) : null;
  if (percent) return percent;
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

function readCurrencyWord(lower: string, spacedAt: number): UnitMatch | null {
  for (const [pattern, code] of CURRENCY_WORDS) {
    pattern.lastIndex = spacedAt;
    const match = pattern.exec(lower);
    if (match) {
      const currency = code || match[0].toUpperCase();
      return { end: spacedAt + match[0].length, kind: "money", unit: currency, currency };
    }
  }
  return null;
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
  /(?:(US|U\.S\.|A|AU|C|CA|HK|NZ|S|R)\$|\$|£|€|¥|₹|₽|₩|₺|₦|\b(?:Rs\.?|USD|EUR|GBP|JPY|CNY|INR|CHF|AUD|CAD))[ \u00a0]?$/;
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
  const window = text.slice(Math.max(0, numberStart - 6), numberStart);
  const match = CURRENCY_BEFORE.exec(window);
  if (!match) return null;
  const start = numberStart - match[0].length;
  if (match[1]) return { start, currency: PREFIX_CODES[match[1]] ?? "USD" };
  const token = match[0].trim().replace(/\.$/, "");
  const currency = SYMBOL_CODES[token] ?? (token === "Rs" ? "INR" : token);
  return { start, currency };
}
