/**
 * One key for a count said through an event's noun or its participle: "451 cancellations", "451 cancelled
 * flights" and "the cancellation of 412 flights" all count cancellations, as "deportations" and "deported
 * migrants" count deportations. The key is the verb's root, read by spelling alone ("cancellation",
 * "cancelled", "canceled" → "cancel"; "arrivals", "arrived" → "arriv"), so no word list is needed and any
 * desk's events meet. Constant work per word.
 */

/** Nouns made from a verb: "cancellation", "eviction", "closure", "arrival", "shipment". */
const NOMINALISATION = /^([a-z]{3,}?)(?:ations?|itions?|ions?|ures?|als?|ments?)$/;
/** A past participle used as an adjective or after the noun: "cancelled", "deported", "closed". */
const PARTICIPLE = /^([a-z]{3,})ed$/;

function undouble(root: string): string {
  // "cancell" → "cancel", "scrapp" → "scrap": the doubled consonant is spelling, not the root.
  return /([b-df-hj-np-tv-z])\1$/.test(root) ? root.slice(0, -1) : root;
}

/** The verb root of a noun of an event ("cancellations" → "cancel"), or null for any other word. */
export function nominalRoot(word: string): string | null {
  if (word.length < 7) return null;
  const m = NOMINALISATION.exec(word);
  return m ? undouble(m[1]!) : null;
}

/** The verb root of a past participle ("cancelled" → "cancel"), or null. */
export function participleRoot(word: string): string | null {
  if (word.length < 6) return null;
  const m = PARTICIPLE.exec(word);
  return m ? undouble(m[1]!) : null;
}
