import { describe, expect, test } from "vitest";
import { periodsConflict, readFigurePeriod, type FigurePeriod } from "./figure-period";

function periodOf(sentence: string, figure: string, published = "2025-11-07"): FigurePeriod | null {
  return readFigurePeriod(sentence, sentence.indexOf(figure) + figure.length, published);
}
const month = (y: number, m: number) => y * 12 + m - 1;

describe("the period a figure is given for", () => {
  test("a month named after the figure, or before it back to the previous figure", () => {
    const s =
      "Employers added 42,000 jobs in October, beating forecasts, after 21,000 in September.";
    expect(periodOf(s, "42,000")).toMatchObject({ grain: "month", from: month(2025, 10) });
    expect(periodOf(s, "21,000")).toMatchObject({ grain: "month", from: month(2025, 9) });
    // The compared figure's month is not this one's: it stops at the next figure.
    expect(periodOf("The rate fell to 4.8% from 5.1% in September.", "4.8%")).toBeNull();
  });

  test("relative periods are resolved against the article's date", () => {
    expect(periodOf("Unemployment stood at 4.6% last month.", "4.6%")).toMatchObject({
      grain: "month",
      from: month(2025, 10),
    });
    const budget = "Health gets 48.2 billion next year, up from 45.9 billion this year.";
    expect(periodOf(budget, "48.2", "2025-10-22")).toMatchObject({
      grain: "year",
      from: 2026 * 12,
    });
    expect(periodOf(budget, "45.9", "2025-10-22")).toMatchObject({
      grain: "year",
      from: 2025 * 12,
    });
    // A month later in the year than the article's is last year's.
    expect(periodOf("Sales rose 3% in December.", "3%", "2025-03-01")).toMatchObject({
      from: month(2024, 12),
    });
  });

  test("quarters, and days told apart from the day a figure was reported", () => {
    expect(periodOf("Prices rose 2.3% in the third quarter.", "2.3%")).toMatchObject({
      grain: "quarter",
      from: month(2025, 7),
      to: month(2025, 9),
    });
    // 2025-03-04 is a Tuesday.
    expect(
      periodOf("The operator cancelled 1,900 services on Tuesday.", "1,900", "2025-03-04"),
    ).toMatchObject({ grain: "day", day: "2025-03-04" });
    expect(periodOf("It cancelled 2,300 trains on Monday.", "2,300", "2025-03-04")).toMatchObject({
      day: "2025-03-03",
    });
    expect(
      periodOf("At least 140 were rescued, the coast guard said on Monday.", "140", "2025-03-04"),
    ).toBeNull();
  });

  test("where a count starts, when an event ran, or a comparison is not the figure's period", () => {
    expect(periodOf("It has confirmed 41 cases since mid-January.", "41")).toBeNull();
    expect(periodOf("1,200 people died since the heatwave began on June 28.", "1,200")).toBeNull();
    expect(periodOf("86 people died when the ferry capsized on Saturday.", "86")).toBeNull();
    expect(periodOf("Rents rose 6.7% in the year to September.", "6.7%")).toBeNull();
    expect(periodOf("Prices were 6.7% higher than a year earlier.", "6.7%")).toBeNull();
  });

  test("conflicts: different periods of one grain, or periods that do not overlap", () => {
    const oct = periodOf("42,000 jobs in October", "42,000");
    const sep = periodOf("21,000 jobs in September", "21,000");
    const q4 = periodOf("3% in the fourth quarter", "3%");
    const y2024 = periodOf("3% in 2024", "3%");
    expect(periodsConflict(oct, sep, false)).toBe(true);
    expect(periodsConflict(oct, oct, false)).toBe(false);
    expect(periodsConflict(oct, null, false)).toBe(false);
    expect(periodsConflict(oct, q4, false)).toBe(false);
    expect(periodsConflict(oct, y2024, false)).toBe(true);
    // A toll at two dates is one quantity as it grows.
    expect(periodsConflict(oct, sep, true)).toBe(false);
  });
});
