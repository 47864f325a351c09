import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateClaimsDb, type GeneratedDb } from "@/bench/generate-claims";
import { DomainError } from "@/lib/domain-error";
import { listClaimHistory } from "../queries/review-claim";
import type { Actor } from "./actor";
import {
  assignArticleClaims,
  assignClaim,
  dismissDispute,
  reopenDecision,
  upholdDispute,
} from "./review";

let g: GeneratedDb;
let editor: number;
let actor: Actor;
beforeAll(() => {
  g = generateClaimsDb({ claims: 300, articles: 6, seed: 3 });
  editor = g.userIds.editors[0]!;
  actor = { id: editor, role: "editor" };
});
afterAll(() => g.cleanup());

function claimWith(status: string): { claimId: number; version: number; articleId: number } {
  return g.sqlite
    .prepare(
      "select id as claimId, version, article_id as articleId from claims where status = ? and deleted_at is null order by random() limit 1",
    )
    .get(status) as { claimId: number; version: number; articleId: number };
}
/** The refusal a service threw, for asserting on its status and message. */
function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("expected the service to refuse");
}

const row = (id: number) =>
  g.sqlite.prepare("select * from claims where id = ?").get(id) as Record<string, unknown>;

describe("decisions", () => {
  it("upholds a dispute with a verdict, keeps the dispute, and records who decided in the history", () => {
    const c = claimWith("disputed");
    const result = upholdDispute(g.db, actor, {
      ...c,
      verdict: "misleading",
      explanation: "Wrong period.",
      now: 1000,
    });
    expect(result).toMatchObject({ status: "decided", version: c.version + 1 });
    expect(row(c.claimId)).toMatchObject({
      status: "decided",
      verdict: "misleading",
      decision_note: "Wrong period.",
      decided_by: editor,
      decided_at: 1000,
      version: c.version + 1,
    });
    expect(row(c.claimId).status_reason).not.toBeNull();
    const last = listClaimHistory(g.db, { claimId: c.claimId }).at(-1)!;
    expect(last).toMatchObject({
      action: "claim.decided",
      after: { status: "decided", verdict: "misleading", decisionNote: "Wrong period." },
    });
  });

  it("refuses a stale version and returns the newer claim, changing nothing", () => {
    const c = claimWith("disputed");
    dismissDispute(g.db, actor, { ...c, note: "Fine." });
    const stale = refusal(() =>
      upholdDispute(g.db, actor, { ...c, verdict: "accurate", explanation: "x" }),
    );
    expect(stale).toMatchObject({
      status: 409,
      message: expect.stringMatching(/^Someone else changed this claim first: it is now Verified/),
      extra: { current: { status: "verified", statusReason: "Fine." } },
    });
    expect(row(c.claimId).verdict).toBeNull();
  });

  it("refuses to decide a claim that is not disputed", () => {
    const c = claimWith("verified");
    const result = refusal(() =>
      upholdDispute(g.db, actor, { ...c, verdict: "accurate", explanation: "x" }),
    );
    expect(result).toMatchObject({ status: 409, message: /can no longer be decided/ });
    expect(row(c.claimId).status).toBe("verified");
  });

  it("dismisses back to verified and reopens a decision back to disputed, clearing the verdict", () => {
    const d = claimWith("disputed");
    expect(dismissDispute(g.db, actor, { ...d, note: "Source agrees." }).status).toBe("verified");
    expect(row(d.claimId)).toMatchObject({
      status: "verified",
      status_reason: "Source agrees.",
      status_by: editor,
    });

    const c = claimWith("decided");
    const reopened = reopenDecision(g.db, actor, { ...c, reason: "New report." });
    expect(reopened.status).toBe("disputed");
    expect(row(c.claimId)).toMatchObject({
      status: "disputed",
      status_reason: "New report.",
      verdict: null,
      decision_note: null,
      decided_by: null,
    });
    const last = listClaimHistory(g.db, { claimId: c.claimId }).at(-1)!;
    expect(last.action).toBe("claim.reopened");
    expect(last.before.verdict).not.toBeNull();
  });
});

describe("assignments", () => {
  it("assigns one open claim and refuses a decided one", () => {
    const checker = g.userIds.checkers[1]!;
    const open = claimWith("unchecked");
    assignClaim(g.db, actor, { ...open, assigneeId: checker });
    expect(row(open.claimId).assignee_id).toBe(checker);
    const decided = claimWith("decided");
    expect(
      refusal(() => assignClaim(g.db, actor, { ...decided, assigneeId: checker })),
    ).toMatchObject({ status: 409, message: /can no longer be assigned/ });
    expect(
      refusal(() => assignClaim(g.db, actor, { ...claimWith("unchecked"), assigneeId: 999_999 })),
    ).toMatchObject({ status: 422, extra: { fieldErrors: { assigneeId: expect.any(Array) } } });
  });

  it("assigns all of an article's open claims, each with its own history entry", () => {
    const checker = g.userIds.checkers[2]!;
    const articleId = 2;
    const assignedEvents = () =>
      (
        g.sqlite
          .prepare(
            "select count(*) n from audit_events where action = 'claim.assigned' and claim_id in (select id from claims where article_id = ?)",
          )
          .get(articleId) as { n: number }
      ).n;
    // The test above may already have assigned one claim of this article: count only the new events.
    const before = assignedEvents();
    const { assigned } = assignArticleClaims(g.db, actor, { articleId, assigneeId: checker });
    const open = g.sqlite
      .prepare(
        "select id, assignee_id from claims where article_id = ? and status in ('unchecked','disputed') and deleted_at is null",
      )
      .all(articleId) as { id: number; assignee_id: number }[];
    expect(open.every((c) => c.assignee_id === checker)).toBe(true);
    expect(assigned).toBeGreaterThan(0);
    expect(assignedEvents() - before).toBe(assigned);
    // Again: nothing to change, nothing recorded.
    expect(assignArticleClaims(g.db, actor, { articleId, assigneeId: checker }).assigned).toBe(0);
  });
});
