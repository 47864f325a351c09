/** Longest word kept, and most words used: a query is a few words, not a document. */
const MAX_TERM = 64;
const MAX_TERMS = 12;

const isWordChar = (ch: string) => /[\p{L}\p{N}]/u.test(ch);

/** Turns what a person typed into an FTS5 MATCH expression that can never be a syntax error: every word
 * is quoted (so AND, OR, NEAR, "-" and ":" are plain words), a "quoted phrase" stays a phrase, and all
 * words must match. Scans the text once, by hand (linear in its length). Returns null when no word is left. */
export function toFtsQuery(input: string): string | null {
  const terms = searchTerms(input);
  return terms.length ? terms.map((t) => `"${t}"`).join(" ") : null;
}

/** The same words, any of them: to mark every matched word in a text that matched through its
 * article (a claim's quote under an article that has all the words). */
export function toFtsAnyQuery(input: string): string | null {
  const terms = searchTerms(input);
  return terms.length ? terms.map((t) => `"${t}"`).join(" OR ") : null;
}

/** The words and "quoted phrases" of what a person typed, as the queries above use them (PostgreSQL
 * builds its tsquery from the same terms: db/engine/pg-search.ts). */
export function searchTerms(input: string): string[] {
  const terms: string[] = [];
  let word = "";
  let phrase: string[] | null = null;
  const endWord = () => {
    if (word) (phrase ?? terms).push(word.slice(0, MAX_TERM));
    word = "";
  };
  for (const ch of input) {
    if (ch === '"') {
      endWord();
      if (phrase) {
        if (phrase.length) terms.push(phrase.join(" "));
        phrase = null;
      } else phrase = [];
    } else if (isWordChar(ch)) word += ch;
    else endWord();
    if (terms.length >= MAX_TERMS) break;
  }
  endWord();
  if (phrase && phrase.length) terms.push(phrase.join(" "));
  return terms.slice(0, MAX_TERMS);
}
