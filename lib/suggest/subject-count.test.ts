import { describe, expect, test } from "vitest";
import { profileClaim } from "./profile";
import { readSubjectCount } from "./quantity";
import type { MatchClaim } from "./types";

const at = (s: string, figure: string) => s.indexOf(figure) + figure.length;

function claim(
  sentence: string,
  figure: string,
  counted: string | null,
  kind = "count",
): MatchClaim {
  return {
    id: 1,
    articleId: 1,
    value: Number(figure.replace(/[^\d.]/g, "")),
    kind,
    unit: kind === "percent" ? "%" : null,
    counted,
    qualifier: "exact",
    period: null,
    sentence,
    before: "",
    title: "",
    numberEndInSentence: at(sentence, figure),
    outlet: null,
    date: { date: "2025-03-04", inferred: false },
  };
}

describe("the counted thing read from the verb that gives the figure", () => {
  test.each([
    // Regulation: a subject with its own prepositional phrase.
    [
      "Complaints to the data protection regulator about the breach have reached 4,800, it said.",
      "4,800",
      "complaints",
    ],
    // Migration: a subject with an adjective, "numbered".
    ["Unaccompanied children numbered 310, the coast guard said.", "310", "children"],
    // The object of "put … at".
    ["The agency put weekly arrivals at 1,310.", "1,310", "arrivals"],
    // Courts: "stood at", after an auxiliary.
    ["The backlog of fraud cases has now stood at about 3,200 for a year.", "3,200", "backlog"],
    // Health: "rose to", the subject after a clause word.
    ["The ward reopened, and hospital admissions rose to 517 on Monday.", "517", "admissions"],
  ])("%s", (sentence, figure, counted) => {
    expect(readSubjectCount(sentence, at(sentence, figure))).toBe(counted);
  });

  test.each([
    // The toll and the number are read elsewhere ("the number of …", the table of tolls).
    ["The death toll rose to 90 on Tuesday.", "90"],
    ["The figure stood at 4,800.", "4,800"],
    // No verb of giving before the number.
    ["Police arrested 210 people.", "210"],
    ["Velocom added 1.2 million subscribers.", "1.2"],
  ])("nothing from %s", (sentence, figure) => {
    expect(readSubjectCount(sentence, at(sentence, figure))).toBeNull();
  });

  test("a count with no counted phrase takes its subject as what it counts", () => {
    const s = "Complaints to the regulator have reached 4,800, the regulator said on Wednesday.";
    expect(profileClaim(claim(s, "4,800", null)).concept).toBe("complaint");
    const d = "The dead numbered 11, officials said.";
    expect(profileClaim(claim(d, "11", null)).concept).toBe("death");
    // A percentage's subject ("the unemployment rate fell to 4.8%") is left to the other readings.
    const p = "The unemployment rate rose to 4.8% in October.";
    expect(profileClaim(claim(p, "4.8%", null, "percent")).concept).toBeNull();
  });

  test("a participle the detector took for the counted thing is not what is counted", () => {
    // Aviation: "the 412 given by the airport" is compared with 451 cancelled flights.
    const s = "Airlines counted 451 cancelled flights, well above the 412 given by the airport.";
    // It counts what "451 cancelled flights" counts: cancellations (event-root.ts).
    expect(profileClaim(claim(s, "412", "given")).concept).toBe("cancel");
    // Labour: "the 2,400 announced" is jobs, as the figure it is compared with.
    const t = "The union said 2,900 jobs would go, not the 2,400 announced by the company.";
    expect(profileClaim(claim(t, "2,400", "announced")).concept).toBe("job");
    // Plural nouns that only look like participles stay what is counted.
    const u = "Police said 6 children were hurt.";
    expect(profileClaim(claim(u, "6", "children")).who).toBe("children");
  });
});
