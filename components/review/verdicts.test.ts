import { expect, it } from "vitest";
import { VERDICTS } from "@/db/schema";
import { VERDICT_ORDER, VERDICT_SCALE } from "./verdicts";

it("the 1–5 keys cover the schema's verdicts in order, each labelled", () => {
  expect(VERDICT_ORDER).toEqual(VERDICTS);
  expect(VERDICT_SCALE.map((v) => v.key)).toEqual(["1", "2", "3", "4", "5"]);
  for (const v of VERDICT_SCALE) expect(v.label).not.toBe(v.value);
});
