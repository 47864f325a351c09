import { describe, expect, test } from "vitest";
import { parseScopeKey, readScope, scopeKey, scopesConflict } from "./scope";
import { profileClaim } from "./profile";
import { inheritRestatedScopes } from "./restated";
import { scorePair } from "./score";
import type { MatchClaim } from "./types";

describe("readScope: what stretch a figure covers, from its sentence", () => {
  test.each([
    // Conflict desk.
    ["At least 1,144 civilians have been killed since August 2014.", "cumulative", null],
    ["It added that in one aerial attack on July 18, as many as 24 civilians died.", "event", 1],
    ["Amnesty said 300 civilians had fallen victim to 11 attacks since 2014.", "event", 11],
    [
      "Three reports were found credible and resulted in 11 unintentional civilian deaths.",
      "event",
      3,
    ],
    ["Some 54 civilians died in raids between March 31 and October 22.", "window", null],
    ["Assaults had left some 140 civilians dead in just two days.", "window", null],
    ["At the end of August, this number was 1,069 civilians.", "cumulative", null],
    // Disasters, health, crime, sport.
    ["Twelve people died in a single building collapse in the old town.", "event", 1],
    ["The agency said 58 cases had been confirmed so far.", "cumulative", null],
    ["Police made 40 arrests over the past 24 hours.", "window", null],
    ["The crush killed 17 fans, the deadliest stadium disaster to date.", "cumulative", null],
    ["The storm cut power to 80,000 homes, the utility said.", null, null],
  ])("%s → %s", (sentence, shape, events) => {
    const scope = readScope(sentence, null);
    expect(scope.shape).toBe(shape);
    if (events !== null) expect(scope.events).toBe(events);
  });

  test("a report said in a statement is not an event; a campaign of 42,234 strikes is not a few events", () => {
    expect(readScope("The agency said in a report that 90 people died.", null).shape).toBeNull();
    expect(
      readScope("The 42,234 airstrikes have resulted in some 7,000 deaths.", null).shape,
    ).toBeNull();
  });

  test("a rate compared with last month is not a window of time", () => {
    expect(readScope("Inflation rose from 5.8% to 6.2%, up from last month.", null).shape).toBe(
      null,
    );
  });

  test("“this number was …” takes the scope of the sentence it points back to", () => {
    expect(readScope("This number was 1,069.", null, "The toll since 2014 is 1,144.").shape).toBe(
      "cumulative",
    );
  });

  test("conflicts: different shapes, event counts or window lengths", () => {
    const s = (t: string) => readScope(t, null);
    expect(scopesConflict(s("killed 5 since 2014"), s("killed 5 in one raid"))).toMatch(
      /cumulative/,
    );
    expect(scopesConflict(s("killed 5 in one raid"), s("killed 5 in three raids"))).toMatch(
      /events/,
    );
    expect(scopesConflict(s("5 died in two days"), s("5 died over the past four years"))).toMatch(
      /windows/,
    );
    expect(scopesConflict(s("5 died so far"), s("5 died since May"))).toBeNull();
    expect(scopesConflict(s("5 died"), s("5 died in one raid"))).toBeNull();
  });

  test("the stored key reads back as the same scope", () => {
    for (const t of [
      "in one raid",
      "in just two days",
      "since 2014",
      "between 2014 and 2016",
      "",
    ]) {
      const scope = readScope(t, null);
      expect(parseScopeKey(scopeKey(scope))).toEqual(scope);
    }
  });
});

let nextId = 1;
function claim(value: number, sentence: string, extra: Partial<MatchClaim> = {}): MatchClaim {
  const numberText = value.toLocaleString("en-US");
  return {
    id: nextId++,
    articleId: 100 + nextId,
    value,
    kind: "count",
    unit: null,
    counted: "people",
    qualifier: "exact",
    period: null,
    sentence,
    before: "",
    title: "",
    numberEndInSentence: sentence.indexOf(numberText) + numberText.length,
    outlet: null,
    date: { date: "2024-03-01", inferred: false },
    ...extra,
  };
}

describe("scope, places and status in the score (rules from several desks)", () => {
  test("a single attack's toll is never the campaign's toll", () => {
    const campaign = profileClaim(
      claim(140, "Shelling has killed 140 people in the Velmar region since January, medics said."),
    );
    const raid = profileClaim(
      claim(120, "Medics said 120 people were killed in the Velmar region in a single raid."),
    );
    expect(scorePair(campaign, raid)).toBeNull();
  });

  test("a figure for one country is not the figure for two", () => {
    const one = profileClaim(claim(2832, "Monitors said 2,832 people were killed in Syria."));
    const two = profileClaim(
      claim(2900, "Monitors said 2,900 people were killed in Iraq and Syria."),
    );
    expect(scorePair(one, two)).toBeNull();
    // A longer name of one place is the same place.
    const county = profileClaim(
      claim(83, "Measles cases in Corran County reached 83.", { counted: "cases" }),
    );
    const town = profileClaim(
      claim(58, "58 cases had been confirmed in Corran so far.", { counted: "cases" }),
    );
    expect(scorePair(county, town)).not.toBeNull();
  });

  test("confirmed and suspected cases are different counts; ‘thousands’ is not a figure", () => {
    const confirmed = profileClaim(
      claim(412, "The ministry reported 412 confirmed cases of dengue.", {
        counted: "confirmed cases",
      }),
    );
    const suspected = profileClaim(
      claim(800, "The ministry reported 800 suspected cases of dengue.", {
        counted: "suspected cases",
      }),
    );
    expect(scorePair(confirmed, suspected)).toBeNull();
    const vague = profileClaim({
      ...claim(1000, "While thousands were killed in the war.", { counted: null }),
      numberEndInSentence: "While thousands".length,
    });
    const toll = profileClaim(claim(1370, "At least 1,370 people were killed in the war."));
    expect(scorePair(toll, vague)).toBeNull();
  });

  test("a rounded restatement in the same article takes the stated figure's scope", () => {
    const lead = claim(50, "The alliance has killed more than 50 people during its raids.", {
      qualifier: "more_than",
      articleId: 7,
    });
    const body = claim(54, "Some 54 people died in its raids between March 31 and October 22.", {
      qualifier: "approximately",
      articleId: 7,
    });
    const total = claim(173, "That brings to 173 the number of people it has killed so far.", {
      articleId: 7,
    });
    const [l, b, t] = inheritRestatedScopes([lead, body, total].map((c) => profileClaim(c)));
    expect(l!.scope.shape).toBe("window");
    expect(b!.scope.shape).toBe("window");
    expect(t!.scope.shape).toBe("cumulative");
  });
});
