import { expect, it } from "vitest";
import { readScope } from "@/lib/suggest/scope";
import { overBudget } from "./budget";

/** The openers of the scope patterns, each followed by a long run of one unit and a failing end. */
const OPENERS = [
  "in one ",
  "in 11 ",
  "three reports ",
  "between March ",
  "from 2014 ",
  "in just two ",
  "since ",
];
const UNITS = ["a ", "x", "1,", " ", "reports ", "of "];

function* scopeLines(length: number) {
  for (const opener of OPENERS)
    for (const unit of UNITS)
      yield {
        label: `${JSON.stringify(opener)} + ${JSON.stringify(unit)}×${length}`,
        input: opener + unit.repeat(Math.ceil(length / unit.length)) + "!",
      };
}

it("reading a figure's scope stays linear on hostile sentences", () => {
  const run = (line: string) => readScope(line, null, line);
  // Compile the patterns and warm the JIT first: the budget is for the work, not for start-up.
  for (const { input } of scopeLines(2_000)) run(input);
  const failures = overBudget(scopeLines, run);
  expect(failures).toEqual([]);
}, 300_000);
