/** The words of a claim's sentence that say what is being measured, reduced to comparable stems:
 * "admits", "admitted" → "admit"; "civilians" → "civilian". Numbers and function words are dropped. */
const STOP = new Set(
  `a about above according after again against all also an and any are as at be been before being between both but by
  can could did do does during each few for from further had has have having he her here hers him his how i if in into
  is it its itself just more most no nor not of off on once only or other our out over own same she should so some such
  than that the their them then there these they this those through to too under until up very was we were what when
  where which while who whom why will with would you your said says say according reads added told per cent percent
  least many much nearly almost around roughly approximately some total number numbers figure one two three four five
  six seven eight nine ten since till until date based information available so far time year years month months
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
  october november december jan feb mar apr jun jul aug sep sept oct nov dec new hundred hundreds thousand
  thousands million millions billion billions trillion trillions take takes took taken make makes made get gets got
  give gives gave put puts`.split(/\s+/),
);

export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, "");
  if (w.length > 5 && w.endsWith("ies")) w = w.slice(0, -3) + "y";
  else if (w.length > 4 && w.endsWith("ing")) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith("ed")) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith("tt")) w = w.slice(0, -1); // admitted → admitt → admit
  return w;
}

/** Stem → the first form it had in the sentence (shown in reasons: "killed", not "kill"). */
export function contextWords(sentence: string): Map<string, string> {
  const words = new Map<string, string>();
  for (const raw of sentence.match(/[A-Za-z][A-Za-z'’-]*/g) ?? []) {
    const lower = raw.toLowerCase();
    if (lower.length < 3 || STOP.has(lower)) continue;
    for (const part of lower.split("-")) {
      if (part.length < 3 || STOP.has(part)) continue;
      const key = stem(part);
      if (!words.has(key)) words.set(key, part);
    }
  }
  return words;
}

/** The case-folded counted phrase as stored in the index (lower(counted)). */
export function countedKey(counted: string | null): string | null {
  const key = counted?.trim().toLowerCase();
  return key ? key : null;
}

/** The stem of the counted phrase's last word ("unintentional civilian deaths" → "death"). */
export function countedHead(counted: string | null): string | null {
  const words = countedKey(counted)?.match(/[a-z]+/g);
  return words?.length ? stem(words[words.length - 1]!) : null;
}

/** When the detector found no counted thing ("brings to 173 the number of civilians"),
 * the sentence often still names it right after the number. */
export function inferCounted(sentence: string, numberEndInSentence: number): string | null {
  const after = sentence.slice(numberEndInSentence, numberEndInSentence + 60);
  const match = /^\s+(?:the\s+)?(?:number|total|toll|count)\s+of\s+([a-z]+)/i.exec(after);
  return match ? match[1]!.toLowerCase() : null;
}

/** Forms of a counted key to look up: the key as stored plus its singular/plural twin. */
export function countedLookupKeys(key: string): string[] {
  if (key.endsWith("s")) return [key, key.slice(0, -1)];
  return [key, `${key}s`];
}
