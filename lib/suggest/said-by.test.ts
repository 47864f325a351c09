import { describe, expect, test } from "vitest";
import { sameSource, saidBy } from "./said-by";
import { readQuantity } from "./quantity";

/** The source of the figure `figure` (as written) in `sentence`. */
const said = (sentence: string, figure: string, previous = "") =>
  saidBy(sentence, sentence.indexOf(figure) + figure.length, previous);

describe("saidBy: who gives a figure, from its own sentence", () => {
  test.each([
    [
      "Floods killed at least 23 people, the regional civil protection agency said.",
      "23",
      "regional civil protection agency",
    ],
    ["Another 41 people were injured, the agency added.", "41", "agency"],
    ["Factories added 12,000 jobs in October, the bureau said.", "12,000", "bureau"],
    ["The toll has risen to 31, the agency said on Monday.", "31", "agency"],
    ["The Red Cross said 1,500 people had been displaced.", "1,500", "Red Cross"],
    [
      "A network of aid groups put the death toll from the floods at 38.",
      "38",
      "network of aid groups",
    ],
    ["A company spokesman later said 2,100 jobs would go.", "2,100", "company spokesman"],
    [
      "The mayor, Ana Ferreira, said the loss of 2,400 jobs would hurt the city.",
      "2,400",
      "Ana Ferreira",
    ],
    [
      "More than 300 people were injured, according to the national disaster agency.",
      "300",
      "national disaster agency",
    ],
    [
      "Police arrested 147 people after the riots, the city's police chief said on Sunday.",
      "147",
      "city's police chief",
    ],
    ["The state health agency has confirmed 64 cases of measles.", "64", "state health agency"],
    ["Police put the number of arrests at 210.", "210", "Police"],
    ['"We have counted 90 bodies," said Maria Lopez, a spokeswoman.', "90", "Maria Lopez"],
    ["The death toll has risen to 90, officials said.", "90", "officials"],
    [
      "Prices rose 6.2% in April, the national statistics office said on Tuesday.",
      "6.2",
      "national statistics office",
    ],
    ["Some 54 civilians were killed, according to the command.", "54", "command"],
  ])("%s", (sentence, figure, expected) => {
    expect(said(sentence, figure)).toBe(expected);
  });

  test("the agent of a passive speaks only for the figure just before it", () => {
    const s =
      "The union said on Thursday that the plan would eliminate 3,000 jobs, not the 2,400 announced by the company.";
    expect(said(s, "3,000")).toBe("union");
    expect(said(s, "2,400")).toBe("company");
  });

  test("a pronoun is resolved from the sentence before; no attribution is null", () => {
    expect(
      said(
        "Twenty-three officers were injured, he said.",
        "Twenty-three",
        "The police chief said the city was calm.",
      ),
    ).toBe("police chief");
    expect(said("Twenty-three officers were injured, he said.", "Twenty-three")).toBeNull();
    expect(said("A wildfire has burned 12,000 hectares of forest.", "12,000")).toBeNull();
  });

  test("counted nouns and tolls are not sources: reports of, an estimate of, claimed the lives", () => {
    expect(
      said("The command said it assessed 116 credible reports of civilian casualties.", "116"),
    ).toBe("command");
    expect(
      said("The strikes resulted in a minimum estimate of some 7,000 deaths.", "7,000"),
    ).toBeNull();
    expect(
      said(
        "A report says its airstrikes in Syria and Iraq have claimed the lives of 624 civilians.",
        "624",
      ),
    ).toBe("report");
    expect(
      said("The figure brings to 173 the number that the alliance has so far admitted to.", "173"),
    ).toBeNull();
  });

  test("one source named two ways", () => {
    expect(sameSource("the agency", "The state health agency")).toBe(true);
    expect(sameSource("officials", "health officials")).toBe(true);
    expect(sameSource("the agency", "the ministry")).toBe(false);
    expect(sameSource(null, "the ministry")).toBe(false);
  });
});

describe("readQuantity: what a figure counts, by meaning", () => {
  const q = (sentence: string, figure: string, counted: string | null) =>
    readQuantity(sentence, sentence.indexOf(figure) + figure.length, counted);
  test.each([
    ["The death toll from the earthquake has risen to 90.", "90", null, "death", null],
    ["The Red Crescent put the toll at 130.", "130", null, "death", null],
    [
      "Flash floods swept the province, killing at least 23 people.",
      "23",
      "people",
      "death",
      "people",
    ],
    ["Another 41 people were injured.", "41", "people", "injury", "people"],
    ["At least 14 fans died in a crush at the stadium.", "14", "fans", "death", "fan"],
    ["The agency has confirmed 64 cases of measles.", "64", "cases of measles", "case", null],
    ["Measles infections have reached 83.", "83", null, "case", null],
    [
      "The number of people hospitalised with the disease rose to 17.",
      "17",
      null,
      "hospitalisation",
      null,
    ],
    ["Police arrested 147 people after a night of rioting.", "147", "people", "arrest", "people"],
    [
      "Aid agencies said 130 people had died and that some 25,000 people were sleeping outdoors.",
      "25,000",
      "people",
      "people",
      null,
    ],
  ])("%s", (sentence, figure, counted, concept, who) => {
    expect(q(sentence, figure, counted)).toEqual({ concept, who });
  });
});

describe("saidBy: words that look like a source and are not", () => {
  test.each([
    // "an estimated" is an adjective: the source is the one that said it.
    [
      "The tanker spilled an estimated 700 tonnes of crude, the maritime authority said.",
      "700",
      "maritime authority",
    ],
    // The agent of "figures released by", not the figures.
    [
      "Airlines counted 451 flights, according to figures released by the operators' association.",
      "451",
      "operators' association",
    ],
    // A modal ends the agent's name.
    ["The 2,600 job cuts announced by the carmaker would save money.", "2,600", "carmaker"],
    // A sentence's first word is no part of the source's name.
    [
      "In the same statement the association said 461 flights were cancelled.",
      "461",
      "association",
    ],
  ])("%s", (sentence, figure, source) => {
    expect(said(sentence, figure)).toBe(source);
  });
});
