import { describe, expect, test } from "vitest";
import { contrastingModifiers, modifiersOf } from "./modifiers";
import { readQuantity } from "./quantity";
import { isNarrowed } from "./narrowing";

const side = (sentence: string) => ({
  modifiers: modifiersOf(sentence),
  claim: { sentence },
});
const at = (sentence: string, figure: string) => sentence.indexOf(figure) + figure.length;

describe("breakdowns told apart by their modifiers", () => {
  test("the same noun with two modifiers neither sentence shares is two parts of a breakdown", () => {
    const primary = side("The office said 9,400 children attended rural clinics this spring.");
    const urban = side("Urban clinics treated 7,100 children, it said.");
    expect(contrastingModifiers(primary, urban)).toBe("rural/urban");
    expect(contrastingModifiers(urban, primary)).toBe("urban/rural");
  });

  test("one modifier on one side only, numbers, verbs and compound nouns are no contrast", () => {
    const a = side("Nine people died, the regional fire service said.");
    const b = side("Fourteen people died in the forest fire near the town.");
    expect(contrastingModifiers(a, b)).toBeNull();
    expect(
      contrastingModifiers(
        side("Rural clinics saw 40 patients."),
        side("Clinics saw 41 patients."),
      ),
    ).toBeNull();
  });

  test("a noun in -ing followed by its verb, and a title that names another part", () => {
    const health = side("Health spending will climb to 48.2 billion next year.");
    const defence = side("Defence spending will rise to 12.4 billion, the minister said.");
    expect(contrastingModifiers(health, defence)).toBe("health/defence");
    // "spending on" is a verb's object, not a kind of spending.
    expect(modifiersOf("Officials were spending more on roads.").size).toBe(0);
  });
});

describe("what a figure without a counted thing counts", () => {
  test("'the number of X' earlier in the clause", () => {
    const s = "The governor put the number of passengers on board at 420 on Monday.";
    // Passengers are people named by their role (quantity-words.ts): what is counted is people.
    expect(readQuantity(s, at(s, "420"), null).concept).toBe("people");
    const t = "The number of confirmed flu infections in the province has climbed to 517.";
    expect(readQuantity(t, at(t, "517"), null).concept).toBe("case");
  });

  test("a compared value counts what its figure counts", () => {
    const s =
      "The club said 48,000 tickets were sold, fewer than the 52,000 it reported on Sunday.";
    expect(readQuantity(s, at(s, "52,000"), null).concept).toBe("ticket");
    const t =
      "The number of flu infections has climbed to 517, the ministry said, up from 412 a week earlier.";
    expect(readQuantity(t, at(t, "412"), null).concept).toBe("case");
  });

  test("a capacity, and a quantity word of the next clause is not this figure's", () => {
    const s = "Tickets were sold for an arena built for 30,000.";
    expect(readQuantity(s, at(s, "30,000"), null).concept).toBe("capacity");
    const t = "With 7,500 pupils in its schools, the board has hired 120 new teachers.";
    expect(readQuantity(t, at(t, "7,500"), "pupils").concept).not.toBe("hire");
  });
});

describe("narrowing", () => {
  test("a compared value, an introduced part or another quantity does not narrow a figure", () => {
    const s = "Prices rose 4.1% in May, up from 3.9% in April.";
    expect(isNarrowed(s, at(s, "4.1"), "inflation")).toBe(false);
    const t = "Officials said 40 people had died, including 12 children.";
    expect(isNarrowed(t, at(t, "40"), "death")).toBe(false);
    const u = "Divers recovered 90 bodies, and 12 people remain missing.";
    expect(isNarrowed(u, at(u, "90"), "death")).toBe(false);
    const v = "The raid killed 30 women and 25 children.";
    expect(isNarrowed(v, at(v, "30"), "death")).toBe(true);
  });
});
