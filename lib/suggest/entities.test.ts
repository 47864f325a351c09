import { expect, test } from "vitest";
import { isPartOfCountry, nameWords, placeWords } from "./entities";

test("places a sentence sets its figure in, named or only described", () => {
  expect([...placeWords("Prices in Marenland rose 2.3% in the third quarter.")]).toEqual([
    "marenland",
  ]);
  expect([...placeWords("Employers in the northern province of Vell added 12,000 jobs.")]).toEqual([
    "northern province vell",
  ]);
  expect([...placeWords("In the capital, Dessa, prices climbed 3.1%.")]).toEqual(["capital dessa"]);
  expect([...placeWords("Prices in the capital rose 3.1%.")]).toEqual(["capital"]);
  // A quarter named by its months is a time; "in the wreck" is no place.
  expect(placeWords("Prices reached 312,000 crowns in the July-September quarter.").size).toBe(0);
  expect(placeWords("Divers recovered 150 bodies in the wreck.").size).toBe(0);
  expect(nameWords([{ text: "Sales in the July-September quarter rose." }]).size).toBe(0);
});

test("a part of a country is told from a country", () => {
  expect(isPartOfCountry("capital dessa")).toBe(true);
  expect(isPartOfCountry("northern province vell")).toBe(true);
  expect(isPartOfCountry("marenland")).toBe(false);
});
