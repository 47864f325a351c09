/**
 * A small general-English table of what news figures count, so that different words for one quantity
 * meet: "deaths", "people killed", "the death toll", "fatalities", "died" are all `death`. Keys are word
 * forms (lower case); values the concept. Nothing here comes from one story: these are the quantities
 * every desk reports (tolls, injuries, cases, arrests, votes, jobs …).
 */
const TABLE: Record<string, string> = {};
function concept(name: string, forms: string): void {
  for (const f of forms.split(/\s+/)) if (f) TABLE[f] = name;
}
concept(
  "death",
  `death deaths dead toll tolls fatality fatalities killed kill kills killing die died dies dying lives
  bodies perished`,
);
concept("injury", `injury injuries injured injuring wounded wounding wounds hurt`);
concept("missing", `missing unaccounted`);
concept(
  "displacement",
  `displaced displacement evacuated evacuation evacuations evacuees homeless fled uprooted`,
);
concept(
  "hospitalisation",
  `hospitalised hospitalized hospitalisations hospitalizations admissions hospital hospitals`,
);
concept("treatment", `treated treating treatment treatments`);
concept("hire", `hire hired hires hiring recruited`);
concept("case", `case cases infection infections infected`);
concept("arrest", `arrest arrests arrested detained detention detentions detainees`);
concept("charge", `charged indicted prosecuted`);
concept("vote", `vote votes ballot ballots`);
concept("job", `job jobs positions layoffs redundancies`);
concept("rescue", `rescued rescues`);
concept("inflation", `inflation`);
// What a place or vehicle is built to hold: "holds 40,000", "licensed to carry 300 passengers".
concept("capacity", `capacity holds accommodate accommodates carry`);
concept("turnout", `turnout`);

/** Words that count people without saying what happened to them: the event word decides the quantity. */
const PEOPLE = new Set(
  `people persons person individuals civilians residents inhabitants villagers victims lives humans adults
  children child kids minors women men girls boys teenagers babies infants students pupils patients workers
  employees staff miners soldiers troops officers police policemen firefighters fans spectators passengers
  migrants refugees pilgrims protesters fighters militants journalists doctors nurses tourists visitors
  voters farmers members citizens survivors others`.split(/\s+/),
);
/** People nouns that name everyone, so "14 fans died" and "17 people died" can be one toll. */
const EVERYONE = new Set(
  `people persons person individuals civilians residents inhabitants villagers victims lives humans others`.split(
    /\s+/,
  ),
);

/** The concept of a word form, or null when the word is not a quantity word. */
export function conceptOf(word: string): string | null {
  return TABLE[word.toLowerCase()] ?? null;
}

export function isPeopleNoun(word: string): boolean {
  return PEOPLE.has(word.toLowerCase());
}

/** People under arms, never counted among civilians: "80 troops" is not part of a civilian toll. */
const COMBATANTS = new Set(
  `soldier soldiers troop troops fighter fighters militant militants combatant combatants`.split(
    /\s+/,
  ),
);

/** Two groups of people no one belongs to both of: troops counted (`who`) against a count of civilians
 * (the counted phrase says so, though "civilians" reads as everyone otherwise). */
export function disjointGroups(who: string | null, counted: string | null): boolean {
  return !!who && !!counted && COMBATANTS.has(who) && /\bcivilians?\b/.test(counted);
}

export function isEveryone(word: string): boolean {
  return EVERYONE.has(word.toLowerCase());
}

/** People named by their tie to a company, a service or a scheme, not by who they are: "3,200 savers" and
 * "3,200 investors" of one scheme, "45,000 passengers" and "45,000 travellers" of one airport, "1.2 million
 * customers" and "1.2 million people" of one company are one count. A group (children, soldiers) is not. */
const ROLES = new Set(
  `customer customers client clients user users subscriber subscribers account-holder account-holders
  passenger passengers traveller travellers traveler travelers commuter commuters investor investors saver
  savers depositor depositors shareholder shareholders policyholder policyholders consumer consumers
  people persons individuals`.split(/\s+/),
);

/** A count of people named by their role (see ROLES): what it counts is people. */
export function isRoleNoun(word: string): boolean {
  return ROLES.has(word.toLowerCase());
}

concept("inflation", `prices`);

/** Counts an event's reports keep adding to as it goes on (tolls, injuries, the missing, cases): the
 * figure of one day is the same quantity as the next day's, grown. */
const RUNNING_TOTALS = new Set(
  `death injury missing displacement case hospitalisation treatment rescue`.split(" "),
);

export function isRunningTotal(concept: string | null): boolean {
  return concept !== null && RUNNING_TOTALS.has(concept);
}
