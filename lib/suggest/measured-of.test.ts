import { expect, test } from "vitest";
import { measuredOf } from "./measured-of";

const of = (sentence: string, figure: string) =>
  measuredOf(sentence, sentence.indexOf(figure) + figure.length);

test("what a figure is of, read from the words right after it", () => {
  expect(of("Farmers harvested 8.2 million tonnes of wheat this year.", "8.2")).toBe("wheat");
  expect(of("It will spend 48.2 billion kroner on health next year.", "48.2")).toBe("health");
  expect(of("The agency confirmed 41 cases of measles.", "41")).toBe("measle");
  expect(of("The deficit will be 2.9% of GDP.", "2.9")).toBe("gdp");
  // Parts of a total, days and plain counts say nothing of what is measured.
  expect(of("2,300 of its 3,100 services were cancelled.", "2,300")).toBeNull();
  expect(of("It cancelled 1,900 trains on Tuesday.", "1,900")).toBeNull();
  expect(of("Some 14 of them were children.", "14")).toBeNull();
  expect(of("At least 62 people died.", "62")).toBeNull();
});
