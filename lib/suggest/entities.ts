/**
 * Names in a text, from capitalisation: the places, organisations and people a figure is about
 * ("Haldor", "Red Crescent"). A sentence's first word is capitalised anyway, so it counts only when the
 * next word is capitalised too ("Red Crescent said"). A title in Title Case gives no names this way.
 */
const NOT_NAMES = new Set(
  `the a an this that these those it its he she they we i in on at by for of and or but to from with as after
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december mr mrs ms dr`.split(/\s+/),
);

function isTitleCase(text: string): boolean {
  const long = text.match(/[A-Za-z][a-z'’-]{3,}/g) ?? [];
  return long.length > 0 && long.filter((w) => /^[A-Z]/.test(w)).length / long.length > 0.6;
}

/** Lower-cased name words of the texts (each word of a multi-word name on its own, so "Corran County"
 * and "Corran" share "corran"). A word capitalised only because it starts a sentence or a Title Case
 * title counts when it is capitalised mid-sentence somewhere in the texts too. */
export function nameWords(
  texts: { text: string; title?: boolean }[],
  /** More text of the article, which only confirms names ("Haldor quake toll rises" ← "the Haldor earthquake"). */
  confirming = "",
): Set<string> {
  const sure = new Set<string>();
  const maybe = new Set<string>();
  for (const { text, title } of texts) {
    const titleCase = title === true && isTitleCase(text);
    for (const sentence of text.split(/(?<=[.!?])\s+/)) {
      const words = sentence.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
      words.forEach((w, i) => {
        if (!/^[A-Z]/.test(w)) return;
        const lower = w.replace(/['’]s$/, "").toLowerCase();
        if (NOT_NAMES.has(lower) || lower.length < 2) return;
        // "July-September": a time, not a name.
        if (lower.includes("-") && lower.split("-").some((part) => NOT_NAMES.has(part))) return;
        const initial = i === 0 && !/^[A-Z]/.test(words[1] ?? "") && !/^[A-Z]{2,}/.test(w);
        (titleCase || initial ? maybe : sure).add(lower);
      });
    }
  }
  if (maybe.size && confirming) {
    const known = nameWords([{ text: confirming }]);
    for (const w of maybe) if (known.has(w)) sure.add(w);
  }
  return sure;
}

/** Places a sentence sets its figure in: the names after "in", "across", "near", "throughout", each
 * name whole ("in Iraq and Syria" → iraq, syria; "in Corran County" → corran county). "In Syria" and
 * "in Iraq and Syria" are different scopes. */
export function placeWords(sentence: string): Set<string> {
  const out = new Set<string>();
  const tokens = sentence.match(/[A-Za-z][A-Za-z'’-]*|[^\sA-Za-z]/g) ?? [];
  for (let i = 0; i < tokens.length; i++) {
    if (!PLACE_PREPOSITIONS.has(tokens[i]!.toLowerCase())) continue;
    let name: string[] = [];
    const flush = () => {
      if (name.length) out.add(name.join(" "));
      name = [];
    };
    // "in the neighbouring Astel district": past "the" and a word or two of description to the name.
    let from = i + 1;
    if (tokens[from]?.toLowerCase() === "the") from++;
    let k = from;
    while (k < from + 2 && /^[a-z]/.test(tokens[k] ?? "") && !NOT_NAMES.has(tokens[k]!)) k++;
    // "in the northern province of Vell", "in the capital, Dessa,": the name after the description.
    if ((tokens[k] === "of" || tokens[k] === ",") && /^[A-Z]/.test(tokens[k + 1] ?? "")) k++;
    // "in the capital", "in the northern regions": a part of the country named without a name.
    const region = tokens.slice(from, k).filter((t) => REGION_WORDS.test(t.toLowerCase()));
    if (region.length) name.push(region.join(" "));
    from = /^[A-Z]/.test(tokens[k] ?? "") ? k : i + 1;
    for (let j = from; j < tokens.length && j <= from + 5; j++) {
      const t = tokens[j]!;
      if ((t === "and" || t === ",") && /^[A-Z]/.test(tokens[j + 1] ?? "")) {
        flush();
        continue;
      }
      if (!/^[A-Z]/.test(t)) break;
      const lower = t.replace(/['’]s$/, "").toLowerCase();
      // "in the July-September quarter" is a time, not a place.
      if (lower.split("-").some((part) => NOT_NAMES.has(part))) break;
      if (!NOT_NAMES.has(lower)) name.push(lower);
    }
    flush();
  }
  return out;
}

const PLACE_PREPOSITIONS = new Set(["in", "across", "throughout", "near"]);
/** Parts of a country a sentence can set a figure in without naming them. */
const REGION_WORDS =
  /^(?:capital|north|south|east|west|northern|southern|eastern|western|north-east|north-west|south-east|south-west|central|coastal|rural|urban|regions?|provinces?|countryside|suburbs)$/;

/** A place named as a part of a country ("the capital", "the northern province of Vell"). */
export function isPartOfCountry(place: string): boolean {
  return place.split(" ").some((w) => REGION_WORDS.test(w));
}
