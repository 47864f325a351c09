import { describe, expect, it } from "vitest";
import type { Db } from "@/db";
import * as schema from "@/db/schema";
import { appendAudit } from "@/db/queries/audit";
import { createTestDb } from "@/tests/test-db";
import { loadWorkspace } from "./load-workspace";

/** A fresh database whose every statement is counted. */
function countingDb() {
  const { db, counter } = createTestDb({ countQueries: true });
  return { db, counter };
}

/** An article with `n` claims, each with a note, a source, a link to the next claim and an audit event. */
function seedArticle(db: Db, n: number) {
  const user = db
    .insert(schema.users)
    .values({ email: `u${n}@t.test`, name: "Cleo", role: "checker", passwordHash: "x" })
    .returning()
    .get();
  const body = Array.from({ length: n }, (_, i) => `Claim ${i + 1}: ${100 + i} civilians.`).join(
    "\n\n",
  );
  const article = db
    .insert(schema.articles)
    .values({ title: `A${n}`, body, bodyHash: `h${n}` })
    .returning()
    .get();
  const source = db
    .insert(schema.sources)
    .values({ title: "Report", type: "dataset" })
    .returning()
    .get();
  const ids: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = body.indexOf(`${100 + i} civilians`);
    const claim = db
      .insert(schema.claims)
      .values({
        articleId: article.id,
        start,
        end: start + 13,
        numberStart: start,
        numberEnd: start + 3,
        sentenceStart: start,
        sentenceEnd: start + 13,
        quote: `${100 + i} civilians`,
        value: 100 + i,
      })
      .returning()
      .get();
    ids.push(claim.id);
    db.insert(schema.notes)
      .values({
        claimId: claim.id,
        authorId: user.id,
        docJson:
          '{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"n"}]}]}',
        plainText: "n",
      })
      .run();
    db.insert(schema.claimSources)
      .values({ claimId: claim.id, sourceId: source.id, stance: "supports" })
      .run();
    appendAudit(db, {
      actorId: user.id,
      entity: "claim",
      entityId: claim.id,
      action: "claim.verified",
      before: { status: "unchecked" },
      after: { status: "verified" },
    });
  }
  for (let i = 0; i + 1 < n; i++)
    db.insert(schema.claimLinks)
      .values({ fromClaimId: ids[i]!, toClaimId: ids[i + 1]!, relation: "same_figure" })
      .run();
  return { articleId: article.id, user: { id: user.id, name: user.name, role: user.role } };
}

describe("loadWorkspace", () => {
  it("runs the same number of queries for 3 claims as for 60", () => {
    const { db, counter } = countingDb();
    const small = seedArticle(db, 3);
    const large = seedArticle(db, 60);

    counter.queries = 0;
    const smallData = loadWorkspace(db, small);
    const smallQueries = counter.queries;
    counter.queries = 0;
    const largeData = loadWorkspace(db, large);
    const largeQueries = counter.queries;

    expect(largeQueries).toBe(smallQueries);
    expect(smallQueries).toBeLessThanOrEqual(6);
    // And the data is all there, grouped by claim.
    expect(largeData.claims).toHaveLength(60);
    const middle = largeData.claims[30]!.id;
    expect(largeData.notes[middle]).toHaveLength(1);
    expect(largeData.sources[middle]).toHaveLength(1);
    expect(largeData.links[middle]).toHaveLength(2); // one to the next claim, one from the previous
    expect(largeData.history[middle]?.[0]?.changes).toEqual(["status: Unchecked → Verified"]);
    expect(smallData.claims).toHaveLength(3);
  });
});
