import { describe, expect, it } from "vitest";
import { parsePublishedDate } from "./dates";

describe("parsePublishedDate", () => {
  it.each([
    ["Published: 0234 GMT February 14, 2020", "2020-02-14"],
    ["Thu Dec 1, 2016 22:09:14", "2016-12-01"],
    ["14 February 2020", "2020-02-14"],
    ["Updated Sept. 3, 2021 at 10:32 am EST", "2021-09-03"],
    ["2019-07-04T09:00:00Z", "2019-07-04"],
  ])("%s → %s", (text, iso) => {
    expect(parsePublishedDate(text)).toBe(iso);
  });

  it("refuses impossible dates and text without a date", () => {
    expect(parsePublishedDate("February 30, 2020")).toBeNull();
    expect(parsePublishedDate("some 54 civilians")).toBeNull();
  });
});
