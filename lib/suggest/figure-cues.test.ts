import { expect, test } from "vitest";
import { directionOf, isExpected } from "./figure-cues";

const end = (sentence: string, figure: string) => sentence.indexOf(figure) + figure.length;
const direction = (s: string, f: string) => directionOf(s, end(s, f));
const expected = (s: string, f: string) => isExpected(s, end(s, f));

test("a count gained or lost, read from the verb before it", () => {
  expect(direction("Manufacturing added 12,000 jobs in October.", "12,000")).toBe("gained");
  expect(direction("The carmaker said it would cut 12,000 jobs.", "12,000")).toBe("lost");
  expect(direction("Retailers shed 3,000 jobs.", "3,000")).toBe("lost");
  // Not this figure's verb: the clause before the comma, or another figure's.
  expect(direction("It cut prices, and 400 people queued.", "400")).toBeNull();
  expect(direction("At least 62 people died.", "62")).toBeNull();
});

test("an expectation, not the outcome", () => {
  expect(expected("Employers added 42,000 jobs, beating forecasts of 30,000.", "30,000")).toBe(
    true,
  );
  expect(expected("Employers added 42,000 jobs, beating forecasts of 30,000.", "42,000")).toBe(
    false,
  );
  expect(expected("The ministry said 2,000 people died.", "2,000")).toBe(false);
});
