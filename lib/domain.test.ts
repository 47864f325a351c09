import { describe, expect, it } from "vitest";
import { AUDIT_ACTION_LABELS, AUDIT_ACTIONS, auditActionLabel, VERDICTS } from "./domain";
import { VERDICT_LABELS } from "./validation/labels";

describe("the vocabulary", () => {
  it("labels every audit action in words, one naming scheme for all", () => {
    expect(AUDIT_ACTIONS.length).toBeGreaterThan(30);
    for (const action of AUDIT_ACTIONS) {
      expect(action).toMatch(/^[a-z_]+\.[a-z_]+$/);
      const label = AUDIT_ACTION_LABELS[action];
      expect(label, action).toMatch(/^[A-Z][a-z]/);
      expect(auditActionLabel(action)).toBe(label);
    }
  });

  it("fails for an action nobody labelled (the check the test above relies on)", () => {
    expect(auditActionLabel("claim.frobnicated")).toBe("frobnicated");
    expect(AUDIT_ACTIONS).not.toContain("claim.frobnicated");
  });

  it("labels every verdict", () => {
    for (const v of VERDICTS) expect(VERDICT_LABELS[v]).toMatch(/^[A-Z]/);
  });
});
