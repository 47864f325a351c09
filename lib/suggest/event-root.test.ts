import { describe, expect, test } from "vitest";
import { nominalRoot, participleRoot } from "./event-root";
import { readQuantity } from "./quantity";

const at = (s: string, figure: string) => s.indexOf(figure) + figure.length;

describe("a count said through its event's noun or participle", () => {
  test("the noun and the participle of one verb share a root", () => {
    expect(nominalRoot("cancellations")).toBe("cancel");
    expect(participleRoot("cancelled")).toBe("cancel");
    expect(participleRoot("canceled")).toBe("cancel");
    expect(nominalRoot("evictions")).toBe(participleRoot("evicted"));
    expect(nominalRoot("arrivals")).toBe(participleRoot("arrived"));
    // Short words and words of no such shape are not events.
    expect(nominalRoot("flights")).toBeNull();
    expect(participleRoot("need")).toBeNull();
  });

  test.each([
    ["The outage led to 451 cancellations.", "451", "cancellations"],
    ["Airlines counted 451 cancelled flights by Monday evening.", "451", "cancelled flights"],
    ["The failure forced the cancellation of 412 flights on Monday.", "412", "flights"],
    ["The airport said 412 flights were cancelled.", "412", "flights"],
    [
      "Airlines counted 451 cancelled flights, well above the 412 given by the airport.",
      "412",
      null,
    ],
  ])("%s", (sentence, figure, counted) => {
    expect(readQuantity(sentence, at(sentence, figure), counted).concept).toBe("cancel");
  });

  test("a count of things with no event word stays a count of those things", () => {
    const s = "The new car park will have 451 spaces.";
    expect(readQuantity(s, at(s, "451"), "spaces").concept).toBe("space");
  });
});
