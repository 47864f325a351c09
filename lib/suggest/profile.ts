import { contextWords, countedHead, countedKey, inferCounted } from "./context-words";
import { sourceOf, type SourceKind } from "./source-kind";
import { dateToYears } from "./claim-date";
import type { MatchClaim } from "./types";

/** A claim with everything the scorer compares, derived once. */
export interface ClaimProfile {
  claim: MatchClaim;
  /** The counted thing, stated or inferred from the sentence; null when neither. */
  counted: string | null;
  countedInferred: boolean;
  head: string | null;
  words: Map<string, string>;
  source: { kind: SourceKind; name: string };
  years: number | null;
  /** Countries the sentence names: "in Syria" and "in Iraq and Syria" are different scopes. */
  places: Set<string>;
  narrowed: boolean;
}

const PLACES =
  /\b(iraq|syria|afghanistan|yemen|libya|somalia|pakistan|gaza|ukraine)(?:i|n|ni)?\b/gi;
const POINTS_BACK = /\b(?:this|that|the same) (?:number|figure|toll|total|count)\b/i;
const YEAR = /^(?:19|20)\d\d$/;

function placesIn(text: string): Set<string> {
  return new Set([...text.matchAll(PLACES)].map((m) => m[1]!.toLowerCase()));
}

/** Another figure in the same sentence ("300 civilians … in 11 attacks") usually narrows what is counted. */
function hasOtherFigure(claim: MatchClaim): boolean {
  const own = /\d[\d,.]*$/.exec(claim.sentence.slice(0, claim.numberEndInSentence))?.[0];
  const numerals = claim.sentence.match(/\d[\d,.]*\d|\d/g) ?? [];
  return numerals.some((n) => n !== own && !YEAR.test(n));
}

export function profileClaim(claim: MatchClaim): ClaimProfile {
  const stated = countedKey(claim.counted);
  const inferred = stated ? null : inferCounted(claim.sentence, claim.numberEndInSentence);
  const counted = stated ?? inferred;
  // "At the end of August, this number was 1,069": the words that say what is counted are one sentence back.
  const previous = POINTS_BACK.test(claim.sentence)
    ? (claim.before
        .split(/(?<=[.!?])\s+/)
        .filter(Boolean)
        .pop() ?? "")
    : "";
  const sentencePlaces = placesIn(claim.sentence);
  return {
    claim,
    counted,
    countedInferred: !stated && inferred !== null,
    head: countedHead(counted),
    words: contextWords(`${previous} ${claim.sentence}`),
    source: sourceOf(claim.sentence),
    years: claim.date.date ? dateToYears(claim.date.date) : null,
    places: sentencePlaces.size ? sentencePlaces : placesIn(claim.title),
    narrowed: hasOtherFigure(claim),
  };
}
