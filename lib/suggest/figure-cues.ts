/**
 * Two cues in the words just before a figure, back to the start of its clause: whether it is a count
 * gained or lost ("added 12,000 jobs" / "will cut 12,000 jobs": two quantities, whatever the number),
 * and whether it is someone's expectation rather than the outcome ("beating forecasts of 30,000",
 * "is expected to narrow to 2.9%"). Reads at most a few words: constant work per figure.
 */
import { contextWords } from "./context-words";

const GAINED =
  /^(?:add|adds|added|adding|create|creates|created|creating|gain|gains|gained|hire|hires|hired|hiring|open|opens|opened|recruit|recruited|won|win|wins)$/;
const LOST =
  /^(?:cut|cuts|cutting|shed|sheds|shedding|lose|loses|lost|losing|eliminate|eliminated|slash|slashed|slashes|axe|axed|axes|close|closes|closed|closing|lay|laid)$/;
const EXPECTED = /^(?:forecasts|expectations|predictions|projections|consensus)$/;
const WINDOW = 6;

function wordsBefore(sentence: string, numberEnd: number): string[] {
  const head = sentence.slice(Math.max(0, numberEnd - 120), numberEnd);
  const numeral = /[\d,.]*$/.exec(head)?.[0].length ?? 0;
  const words = head.slice(0, head.length - numeral).split(/\s+/);
  const out: string[] = [];
  for (let k = words.length - 1; k >= 0 && out.length < WINDOW; k--) {
    const w = words[k]!;
    if (!w) continue;
    // A clause break or another figure ends the stretch that belongs to this one.
    if (/[,;:]$/.test(w) && out.length) break;
    if (/\d/.test(w) && out.length) break;
    out.push(w.toLowerCase().replace(/[^a-z'-]/g, ""));
  }
  return out;
}

export type Direction = "gained" | "lost";

export function directionOf(sentence: string, numberEnd: number): Direction | null {
  for (const w of wordsBefore(sentence, numberEnd)) {
    if (GAINED.test(w)) return "gained";
    if (LOST.test(w)) return "lost";
  }
  return null;
}

export function isExpected(sentence: string, numberEnd: number): boolean {
  return wordsBefore(sentence, numberEnd).some((w) => EXPECTED.test(w));
}

/** The topic words just before a figure in its clause ("the unemployment rate fell to 4.8%" →
 * unemployment, rate, fell), as stems: what this figure, not its sentence, is about. */
export function clauseStemsBefore(sentence: string, numberEnd: number): Set<string> {
  return new Set(contextWords(wordsBefore(sentence, numberEnd).reverse().join(" ")).keys());
}
