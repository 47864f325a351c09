import { expect, it } from "vitest";
import {
  ENDS_ARTICLE_RULES,
  FURNITURE_RULES,
  LIST_HEADING_RULES,
} from "@/lib/import/furniture-rules";
import { overBudget } from "./budget";
import { hostileLines } from "./inputs";

const RULES = [...ENDS_ARTICLE_RULES, ...LIST_HEADING_RULES, ...FURNITURE_RULES];

it("every page-furniture rule stays linear on hostile lines", () => {
  const failures = overBudget(hostileLines, (line) => {
    const lines = [{ text: "Title" }, { text: line }];
    for (const rule of RULES) rule.test(line, { index: 1, lines });
  });
  expect(failures).toEqual([]);
}, 300_000);
