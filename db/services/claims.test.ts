import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { DomainError } from "@/lib/domain-error";
import { toHistoryEntry } from "@/lib/history";
import { createTestDb, type TestDb } from "@/tests/test-db";
import { seedSmallNewsroom } from "@/tests/seed-small";
import { auditEvents, claims } from "../schema";
import { listClaimHistory } from "../queries/review-claim";
import { disputeClaim, editClaim, rejectClaim, restoreClaim, verifyClaim } from "./claims";
import { linkClaims } from "./links";
import { upholdDispute } from "./review";

let t: TestDb;
let seed: ReturnType<typeof seedSmallNewsroom>;
beforeEach(() => {
  t = createTestDb();
  seed = seedSmallNewsroom(t.db);
});
afterEach(() => t.close());

const claimsOf = (articleId: number) =>
  t.db.select().from(claims).where(eq(claims.articleId, articleId)).orderBy(claims.start).all();
const current = (id: number) => t.db.select().from(claims).where(eq(claims.id, id)).get()!;

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("claim services", () => {
  it("verify writes with the version and appends one labelled event", () => {
    const [claim] = claimsOf(seed.articles.first);
    const checker = seed.users.checker;
    const written = verifyClaim(t.db, checker, { claimId: claim!.id, version: claim!.version });
    expect(written.version).toBe(claim!.version + 1);
    expect(current(claim!.id).status).toBe("verified");
    const [entry] = listClaimHistory(t.db, { claimId: claim!.id }).map((e) => toHistoryEntry(e));
    expect(entry).toMatchObject({ summary: "Verified", actorName: "Cleo Checker" });
    expect(entry!.changes).toContain("status: Unchecked → Verified");
  });

  it("a stale version is a conflict naming who changed it, and nothing is overwritten", () => {
    const [claim] = claimsOf(seed.articles.first);
    verifyClaim(t.db, seed.users.editor, { claimId: claim!.id, version: claim!.version });
    const stale = refusal(() =>
      disputeClaim(t.db, seed.users.checker, {
        claimId: claim!.id,
        version: claim!.version,
        reason: "Too high.",
      }),
    );
    expect(stale.status).toBe(409);
    expect(stale.message).toMatch(/^Eddie Editor changed this claim at .*status is now Verified/);
    expect(current(claim!.id).status).toBe("verified");
  });

  it("a decided claim belongs to editors: a checker cannot correct, reject or restore it", () => {
    const [claim] = claimsOf(seed.articles.first);
    const { checker, editor } = seed.users;
    let v = disputeClaim(t.db, checker, {
      claimId: claim!.id,
      version: claim!.version,
      reason: "Wrong month.",
    }).version;
    v = upholdDispute(t.db, editor, {
      claimId: claim!.id,
      version: v,
      verdict: "misleading",
      explanation: "It was April.",
    }).version;
    const ref = { claimId: claim!.id, version: v };
    for (const attempt of [
      () =>
        editClaim(t.db, checker, {
          ...ref,
          value: 1,
          low: null,
          high: null,
          unit: null,
          counted: null,
          qualifier: "exact",
          period: null,
        }),
      () => rejectClaim(t.db, checker, ref),
    ]) {
      const refused = refusal(attempt);
      expect(refused.status).toBe(403);
      expect(refused.message).toMatch(/only an editor can correct, reject or restore it/);
    }
    expect(current(claim!.id)).toMatchObject({ version: v, deletedAt: null });
    // An editor still may; and once rejected, a checker may not restore it either.
    const rejected = rejectClaim(t.db, editor, ref);
    expect(
      refusal(() => restoreClaim(t.db, checker, { claimId: claim!.id, version: rejected.version }))
        .status,
    ).toBe(403);
    expect(
      restoreClaim(t.db, editor, { claimId: claim!.id, version: rejected.version }).version,
    ).toBe(rejected.version + 1);
  });

  it("a link writes one labelled event on each claim", () => {
    const [a] = claimsOf(seed.articles.first);
    const [b] = claimsOf(seed.articles.second);
    const { linkId } = linkClaims(t.db, seed.users.checker, {
      fromClaimId: a!.id,
      toClaimId: b!.id,
      relation: "same_figure",
    });
    const events = t.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, linkId))
      .all()
      .filter((e) => e.entity === "claim_link");
    expect(events.map((e) => [e.claimId, e.action])).toEqual([
      [a!.id, "claim_link.created"],
      [b!.id, "claim_link.created"],
    ]);
    expect(
      refusal(() =>
        linkClaims(t.db, seed.users.checker, {
          fromClaimId: b!.id,
          toClaimId: a!.id,
          relation: "updates",
        }),
      ).status,
    ).toBe(409);
  });
});
