import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateClaimsDb, type GeneratedDb } from "@/bench/generate-claims";
import { dismissDispute, reopenDecision, upholdDispute } from "./review-decisions";
import { assignArticleOpenClaims, assignClaim } from "./assignments";
import { listClaimHistory } from "./review-claim";

let g: GeneratedDb;
let editor: number;
beforeAll(() => {
  g = generateClaimsDb({ claims: 300, articles: 6, seed: 3 });
  editor = g.userIds.editors[0]!;
});
afterAll(() => g.cleanup());

function claimWith(status: string): { id: number; version: number; articleId: number } {
  return g.sqlite
    .prepare(
      "select id, version, article_id as articleId from claims where status = ? and deleted_at is null order by random() limit 1",
    )
    .get(status) as { id: number; version: number; articleId: number };
}
const row = (id: number) =>
  g.sqlite.prepare("select * from claims where id = ?").get(id) as Record<string, unknown>;

describe("decisions", () => {
  it("upholds a dispute with a verdict, keeps the dispute, and records who decided in the history", () => {
    const c = claimWith("disputed");
    const result = g.db.transaction((tx) =>
      upholdDispute(tx, {
        ...c,
        verdict: "misleading",
        explanation: "Wrong period.",
        actorId: editor,
        now: 1000,
      }),
    );
    expect(result.ok).toBe(true);
    expect(row(c.id)).toMatchObject({
      status: "decided",
      verdict: "misleading",
      decision_note: "Wrong period.",
      decided_by: editor,
      decided_at: 1000,
      version: c.version + 1,
    });
    expect(row(c.id).status_reason).not.toBeNull();
    const last = listClaimHistory(g.db, { claimId: c.id }).at(-1)!;
    expect(last).toMatchObject({
      action: "claim.decided",
      after: { status: "decided", verdict: "misleading", decisionNote: "Wrong period." },
    });
  });

  it("refuses a stale version and returns the newer claim, changing nothing", () => {
    const c = claimWith("disputed");
    g.db.transaction((tx) => dismissDispute(tx, { ...c, note: "Fine.", actorId: editor }));
    const stale = g.db.transaction((tx) =>
      upholdDispute(tx, { ...c, verdict: "accurate", explanation: "x", actorId: editor }),
    );
    expect(stale).toMatchObject({
      ok: false,
      reason: "conflict",
      current: { status: "verified", statusReason: "Fine." },
    });
    expect(row(c.id).verdict).toBeNull();
  });

  it("refuses to decide a claim that is not disputed", () => {
    const c = claimWith("verified");
    const result = g.db.transaction((tx) =>
      upholdDispute(tx, { ...c, verdict: "accurate", explanation: "x", actorId: editor }),
    );
    expect(result).toMatchObject({ ok: false, reason: "state" });
    expect(row(c.id).status).toBe("verified");
  });

  it("dismisses back to verified and reopens a decision back to disputed, clearing the verdict", () => {
    const d = claimWith("disputed");
    expect(
      g.db.transaction((tx) =>
        dismissDispute(tx, { ...d, note: "Source agrees.", actorId: editor }),
      ).ok,
    ).toBe(true);
    expect(row(d.id)).toMatchObject({
      status: "verified",
      status_reason: "Source agrees.",
      status_by: editor,
    });

    const c = claimWith("decided");
    const reopened = g.db.transaction((tx) =>
      reopenDecision(tx, { ...c, reason: "New report.", actorId: editor }),
    );
    expect(reopened.ok).toBe(true);
    expect(row(c.id)).toMatchObject({
      status: "disputed",
      status_reason: "New report.",
      verdict: null,
      decision_note: null,
      decided_by: null,
    });
    const last = listClaimHistory(g.db, { claimId: c.id }).at(-1)!;
    expect(last.action).toBe("claim.reopened");
    expect(last.before.verdict).not.toBeNull();
  });
});

describe("assignments", () => {
  it("assigns one open claim and refuses a decided one", () => {
    const checker = g.userIds.checkers[1]!;
    const open = claimWith("unchecked");
    expect(
      g.db.transaction((tx) => assignClaim(tx, { ...open, assigneeId: checker, actorId: editor }))
        .ok,
    ).toBe(true);
    expect(row(open.id).assignee_id).toBe(checker);
    const decided = claimWith("decided");
    expect(
      g.db.transaction((tx) =>
        assignClaim(tx, { ...decided, assigneeId: checker, actorId: editor }),
      ),
    ).toMatchObject({ ok: false, reason: "state" });
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
    const { assigned } = g.db.transaction((tx) =>
      assignArticleOpenClaims(tx, { articleId, assigneeId: checker, actorId: editor }),
    );
    const open = g.sqlite
      .prepare(
        "select id, assignee_id from claims where article_id = ? and status in ('unchecked','disputed') and deleted_at is null",
      )
      .all(articleId) as { id: number; assignee_id: number }[];
    expect(open.every((c) => c.assignee_id === checker)).toBe(true);
    expect(assigned).toBeGreaterThan(0);
    expect(assignedEvents() - before).toBe(assigned);
    // Again: nothing to change, nothing recorded.
    expect(
      g.db.transaction((tx) =>
        assignArticleOpenClaims(tx, { articleId, assigneeId: checker, actorId: editor }),
      ).assigned,
    ).toBe(0);
  });
});
