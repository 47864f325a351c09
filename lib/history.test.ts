import { describe, expect, it } from "vitest";
import { statusReasonKind } from "./history";

const event = (action: string, after: Record<string, unknown>) => ({ action, after });

describe("statusReasonKind", () => {
  it("reads a checker's dispute as the dispute", () => {
    expect(
      statusReasonKind([event("claim.disputed", { status: "disputed", statusReason: "x" })]),
    ).toBe("dispute");
  });
  it("reads the reason an editor gave when reopening as the reopen reason", () => {
    const events = [
      event("claim.disputed", { statusReason: "Too high." }),
      event("claim.upheld", { status: "decided", verdict: "inaccurate" }),
      event("claim.reopened", { status: "disputed", statusReason: "A newer report." }),
      event("claim.note_added", { body: "checking" }),
    ];
    expect(statusReasonKind(events)).toBe("reopen");
  });
  it("reads a dispute made after a reopen as the dispute again", () => {
    const events = [
      event("claim.reopened", { statusReason: "A newer report." }),
      event("claim.dismissed", { status: "verified", statusReason: null }),
      event("claim.disputed", { statusReason: "Still wrong." }),
    ];
    expect(statusReasonKind(events)).toBe("dispute");
    expect(statusReasonKind([])).toBe("dispute");
  });
});
