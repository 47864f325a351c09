import type { ClaimProfile } from "@/lib/suggest/profile";
import { formatNumber } from "@/lib/format";
import { sameSource } from "@/lib/suggest/said-by";
import { claimInterval, intervalsOverlap } from "./interval";
import { periodsConflict, samePeriod } from "@/lib/suggest/figure-period";
import { isRunningTotal } from "@/lib/suggest/quantity-words";
import { clauseStemsBefore } from "@/lib/suggest/figure-cues";
import { isSayVerb } from "@/lib/suggest/said-by";
import { contextWords } from "@/lib/suggest/context-words";

/** Within this relative difference, two figures for one quantity look like a slip, not two quantities. */
const CLOSE = 0.1;
/** When one named source gives both figures, further apart still reads as one quantity restated. */
const CLOSE_SAME_SOURCE = 0.2;
/** "up from 41", "more than the 2,400": a figure given as the earlier or compared value. */
const COMPARED_BEFORE = /\b(?:from|than|versus|vs\.?)\s+(?:the\s+)?$/i;
const MIN_SHARED_WORDS = 2;
/** One quantity given two ways is a slip; three or more close values read as a breakdown
 * (per district, per month), which lists different quantities on purpose. */
const MAX_VALUES_OF_A_SLIP = 2;
const POINTS_BACK =
  /\b(?:this|that|the same) (?:number|figure|toll|total|count) (?:was|had been|stood)\b/i;

export interface InconsistencyFinding {
  claimIds: number[];
  message: string;
}

/**
 * Claims of one article that state the same quantity (same kind, unit and counted thing, near-identical
 * context) with values that cannot both be true ("1,114 civilians … since August 2014" vs "at least
 * 1,144 civilians since the beginning"). Qualifiers are respected: "more than 50" and "some 54" agree.
 * A sentence that dates its figure back ("At the end of August, this number was 1,069") is a
 * different time, not a contradiction.
 */
export function findInconsistencies(profiles: ClaimProfile[]): InconsistencyFinding[] {
  const usable = profiles.filter(
    (p) =>
      // A figure with no counted thing is usable when its source is stated (see sameQuantity).
      (p.counted || p.concept || p.saidBy) &&
      !POINTS_BACK.test(p.claim.sentence) &&
      !COMPARED_BEFORE.test(
        p.claim.sentence.slice(0, p.claim.numberEndInSentence).replace(/[\d,.]+$/, ""),
      ),
  );
  const parent = new Map<number, number>();
  const find = (id: number): number => {
    const p = parent.get(id) ?? id;
    if (p === id) return id;
    const root = find(p);
    parent.set(id, root);
    return root;
  };
  const conflicts: [ClaimProfile, ClaimProfile][] = [];
  for (let i = 0; i < usable.length; i++) {
    for (let j = i + 1; j < usable.length; j++) {
      const a = usable[i]!,
        b = usable[j]!;
      if (!sameQuantity(a, b)) continue;
      parent.set(find(a.claim.id), find(b.claim.id));
      if (!intervalsOverlap(claimInterval(a.claim), claimInterval(b.claim))) conflicts.push([a, b]);
    }
  }
  const byRoot = new Map<
    number,
    { ids: Set<number>; values: Set<number>; counted: string; words: Set<string> }
  >();
  for (const [a, b] of conflicts) {
    const root = find(a.claim.id);
    const group = byRoot.get(root) ?? {
      ids: new Set(),
      values: new Set(),
      counted: a.counted ?? a.concept ?? "figure",
      words: new Set(),
    };
    for (const p of [a, b]) {
      group.ids.add(p.claim.id);
      group.values.add(p.claim.value);
    }
    for (const [stem, word] of a.words)
      if (b.words.has(stem) && stem !== a.head) group.words.add(word);
    byRoot.set(root, group);
  }
  // Every claim of the quantity is listed, including repeats that agree with one side.
  for (const p of usable) {
    const group = byRoot.get(find(p.claim.id));
    if (group) group.ids.add(p.claim.id);
  }
  return [...byRoot.values()]
    .filter((g) => g.values.size <= MAX_VALUES_OF_A_SLIP)
    .map((g) => ({
      claimIds: [...g.ids].sort((x, y) => x - y),
      message:
        `The article gives ${[...g.values]
          .sort((x, y) => x - y)
          .map(formatNumber)
          .join(" and ")} for the same ${g.counted}` +
        (g.words.size ? ` (shared words ${[...g.words].slice(0, 4).join("/")})` : "") +
        ".",
    }));
}

function sameQuantity(a: ClaimProfile, b: ClaimProfile): boolean {
  // Two figures in one sentence ("294 women under Obama, and … 323 women in the Trump era") are written
  // side by side on purpose: they are different quantities.
  // A source that restates its figure in the same sentence ("1,050 people, a spokeswoman said, adding later
  // that 1,150 people …") is the exception: a verb of saying stands between the two.
  if (a.claim.sentence === b.claim.sentence && !restatedAfterSaying(a, b)) return false;
  if (a.claim.kind !== b.claim.kind || a.claim.unit !== b.claim.unit) return false;
  if (!periodsCompatible(a.claim.period, b.claim.period)) return false;
  // "the deficit next year would be 3.3%" … "this year's deficit would come in at 3.4%".
  if (periodsConflict(a.period, b.period, isRunningTotal(a.concept))) return false;
  const diff = Math.abs(a.claim.value - b.claim.value) / Math.max(a.claim.value, b.claim.value);
  // "The agency has confirmed 64 cases" … "the agency said 58 cases had been confirmed".
  // "451 flights were scrapped" … "the 461 cancelled flights": one source, one counted noun, though the
  // event word read for each differs (event-root.ts).
  if (
    ((a.concept && a.concept === b.concept) || (a.head && a.head === b.head)) &&
    sameGroup(a.who, b.who) &&
    sameSource(a.saidBy, b.saidBy) &&
    diff <= CLOSE_SAME_SOURCE
  )
    return true;
  // "The unemployment rate fell to 4.8% in October, the bureau said" … "the bureau said unemployment
  // stood at 4.6% last month": no counted thing, but one source, one period and one subject.
  if (
    !a.counted &&
    !b.counted &&
    (samePeriod(a.period, b.period) || !a.period || !b.period) &&
    a.saidBy &&
    sameSource(a.saidBy, b.saidBy) &&
    diff <= CLOSE_SAME_SOURCE &&
    shareClauseWords(a, b)
  )
    return true;
  if (!a.counted || !b.counted) return false;
  // "2,400 jobs" … "the 2,600 job cuts": the counted words differ, what they count does not.
  if (
    a.counted.replace(/s$/, "") !== b.counted.replace(/s$/, "") &&
    // …unless one names a subset ("82 open reports" against "reports"; see profile.ts's statuses).
    !(a.concept && a.concept === b.concept && sameGroup(a.who, b.who) && a.status === b.status)
  )
    return false;
  if (diff > CLOSE) return false;
  let shared = 0;
  for (const stem of a.words.keys()) if (stem !== a.head && b.words.has(stem)) shared++;
  return shared >= MIN_SHARED_WORDS;
}

/** Two figures of one sentence with a verb of saying between them: the source restating itself. */
function restatedAfterSaying(a: ClaimProfile, b: ClaimProfile): boolean {
  const [first, second] =
    a.claim.numberEndInSentence <= b.claim.numberEndInSentence ? [a, b] : [b, a];
  const between = a.claim.sentence.slice(
    first.claim.numberEndInSentence,
    second.claim.numberEndInSentence,
  );
  return (between.match(/[a-z]+/g) ?? []).some((w) => isSayVerb(w) || w === "adding");
}

function shareClauseWords(a: ClaimProfile, b: ClaimProfile): boolean {
  const x = clauseStems(a);
  for (const stem of clauseStems(b)) if (x.has(stem) && a.words.has(stem)) return true;
  return false;
}

/** The clause's words before the figure and the few right after it ("950 tonnes of oil were spilled" …
 * "the 990 tonnes spilled": the verb after the figure says what it measures). */
function clauseStems(p: ClaimProfile): Set<string> {
  // "8.2 million": the clause is read back from the digits, not from the word of magnitude.
  const figure = p.claim.sentence.slice(0, p.claim.numberEndInSentence);
  const magnitude = /\d\s{1,2}(?:hundred|thousand|million|billion|trillion)$/i.exec(figure);
  const digitsEnd = magnitude ? magnitude.index + 1 : p.claim.numberEndInSentence;
  const stems = clauseStemsBefore(p.claim.sentence, digitsEnd);
  const after = p.claim.sentence.slice(
    p.claim.numberEndInSentence,
    p.claim.numberEndInSentence + 40,
  );
  const words = after.split(/[,;:.]/)[0]!.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
  for (const key of contextWords(words.slice(0, 5).join(" ")).keys()) stems.add(key);
  return stems;
}

/** "146 people had died" and "the death toll … at 150" count the same people: unstated is everyone. */
function sameGroup(a: string | null, b: string | null): boolean {
  return (a ?? "people") === (b ?? "people");
}

function periodsCompatible(x: string | null, y: string | null): boolean {
  if (!x || !y) return true;
  const years = (s: string) => new Set(s.match(/\b(?:19|20)\d\d\b/g) ?? []);
  const a = years(x),
    b = years(y);
  if (!a.size || !b.size) return true;
  return [...a].some((v) => b.has(v));
}
