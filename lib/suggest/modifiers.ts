import { stem } from "./context-words";
import { conceptOf } from "./quantity-words";
import { isSayVerb } from "./said-by";

/**
 * Which kind of a thing a sentence means, as "modifier>noun" stems ("primary schools" →
 * "primary>school", "food prices" → "food>price"). Two figures whose sentences name the same noun with
 * different modifiers, neither used by the other's sentence or title, are most likely two parts of one
 * breakdown (primary and secondary pupils, food and consumer prices), not one quantity. Read from
 * adjacent word pairs: linear in the sentence.
 */
const NOT_MODIFIERS = new Set(
  `a an the this that these those its their his her our your my of in on at by for to from with and or but as is
  are was were be been has have had it they he she we said says say per some any each every all more most less
  least many much few other another such no not only also about around over under than then there here up down
  new last next first second third same own total overall about nearly almost just still now when while one two
  three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen
  nineteen twenty thirty forty fifty hundred hundreds thousand thousands million millions dozen dozens will would
  could should can may might must billion billions`.split(/\s+/),
);
const WORD = /^[a-z][a-z-]{2,}$/;
/** Past tenses not in "-ed" that follow a subject ("the wheat harvest came to …"). */
const IRREGULAR_PAST = new Set(
  `rose fell grew came stood hit shrank sank took went made put cut saw gave got rang ran held led left fell won lost`.split(
    " ",
  ),
);
const AUXILIARIES = new Set(
  `will would could should can may might must is was are were has have had`.split(" "),
);

export function modifiersOf(sentence: string): Set<string> {
  const out = new Set<string>();
  const words = sentence.match(/[A-Za-z][A-Za-z'’-]*|\d[\d,.]*|[^\sA-Za-z\d]/g) ?? [];
  for (let i = 0; i + 1 < words.length; i++) {
    // A capitalised word is a name, unless it only opens the sentence ("Secondary schools have …").
    const x = i === 0 && /^[A-Z][a-z-]+$/.test(words[i]!) ? words[i]!.toLowerCase() : words[i]!;
    const h = words[i + 1]!;
    if (!WORD.test(x) || !WORD.test(h) || isSayVerb(h)) continue;
    if (NOT_MODIFIERS.has(x) || NOT_MODIFIERS.has(h) || conceptOf(x)) continue;
    // "-ly" words qualify a verb; "-ed"/"-ing" ones are most often the verb itself.
    // A noun in "-ing" ("health spending", "public housing") shows itself by the verb that follows it.
    if (/(?:ly|ed|ing)$/.test(x) || /ed$/.test(h)) continue;
    if (/ing$/.test(h) && !AUXILIARIES.has(words[i + 2]?.toLowerCase() ?? "")) continue;
    // The noun must end its phrase ("regional fire service" is about the service, not a kind of fire); a
    // verb in the past may follow it ("Secondary schools enrolled …").
    const next = words[i + 2];
    if (
      next !== undefined &&
      WORD.test(next) &&
      !NOT_MODIFIERS.has(next) &&
      !/ed$/.test(next) &&
      !IRREGULAR_PAST.has(next)
    )
      continue;
    out.add(`${stem(x)}>${stem(h)}`);
  }
  return out;
}

interface Side {
  modifiers: Set<string>;
  claim: { sentence: string };
}

/** The stems of a sentence's words, remembered: asked only of pairs that would be kept. */
const stemsOf = new Map<string, Set<string>>();
function sentenceStems(sentence: string): Set<string> {
  let stems = stemsOf.get(sentence);
  if (!stems) {
    stems = new Set((sentence.match(/[A-Za-z][A-Za-z-]*/g) ?? []).map(stem));
    if (stemsOf.size > 2000) stemsOf.clear();
    stemsOf.set(sentence, stems);
  }
  return stems;
}

/** "primary>school" on one side, "secondary>school" on the other, neither modifier in the other's
 * sentence: the two modifiers, for the reason; null when there is no such pair. Only the sentence
 * counts: a title names the article's main part ("health spending") beside a sentence about another. */
export function contrastingModifiers(a: Side, b: Side): string | null {
  if (!a.modifiers.size || !b.modifiers.size) return null;
  const aWords = sentenceStems(a.claim.sentence);
  const bWords = sentenceStems(b.claim.sentence);
  for (const ma of a.modifiers) {
    if (b.modifiers.has(ma)) continue;
    const cut = ma.indexOf(">");
    const x = ma.slice(0, cut);
    const h = ma.slice(cut);
    if (bWords.has(x)) continue;
    for (const mb of b.modifiers) {
      if (!mb.endsWith(h) || a.modifiers.has(mb)) continue;
      const y = mb.slice(0, mb.length - h.length);
      if (y !== x && !aWords.has(y)) return `${x}/${y}`;
    }
  }
  return null;
}
