import type { Db } from "@/db";
import {
  articles,
  claimLinks,
  claims,
  claimSources,
  notes,
  sources,
  users,
  type NewClaim,
} from "@/db/schema";
import { bodyHash } from "@/lib/import/normalize";
import { quoteContext } from "@/lib/claims/context";
import { createTestDb } from "./test-db";

/** A small newsroom in an in-memory database: two articles (one without a URL), claims in every status,
 * a decided one, notes, sources and links. For the export tests only. */
export const TRICKY_QUOTE =
  '=HYPERLINK("http://evil.example","click"), 3 "quoted" items\nand a new line';

export function seedExportFixture(): {
  db: Db;
  close: () => void;
  ids: { decided: number; disputed: number; articleWithUrl: number };
} {
  const { db, close } = createTestDb();
  const checker = db
    .insert(users)
    .values({ email: "cleo@news.test", name: "Cleo Checker", role: "checker", passwordHash: "x" })
    .returning()
    .get();
  const editor = db
    .insert(users)
    .values({ email: "eddie@news.test", name: "Eddie Editor", role: "editor", passwordHash: "x" })
    .returning()
    .get();

  const bodyA =
    "Unemployment fell to 4.2% in March, the lowest in a decade.\n\nThe council spent £3.5 million on roads, about 12% more than last year.";
  const bodyB = `The report counted 1,200 new homes. ${TRICKY_QUOTE} Officials said 40 percent were affordable. Café prices rose 5 € — </script><script>alert(1)</script>.`;
  const a = db
    .insert(articles)
    .values({
      title: "Jobs and roads",
      outlet: "The Daily Example",
      url: "https://news.example/jobs",
      publishedAt: "2024-04-02",
      body: bodyA,
      bodyHash: bodyHash(bodyA),
    })
    .returning()
    .get();
  const b = db
    .insert(articles)
    .values({
      title: 'Homes, "quotes" & <tags>',
      outlet: null,
      url: null,
      publishedAt: null,
      body: bodyB,
      bodyHash: bodyHash(bodyB),
    })
    .returning()
    .get();

  const claim = (articleId: number, body: string, text: string, extra: Partial<NewClaim> = {}) => {
    const start = body.indexOf(text);
    if (start < 0) throw new Error(`fixture text not found: ${text}`);
    const end = start + text.length;
    const { quote, prefix, suffix } = quoteContext(body, start, end);
    const sentenceStart = Math.max(
      body.lastIndexOf(". ", start) + 2,
      body.lastIndexOf("\n", start) + 1,
      0,
    );
    const stop = body.indexOf(". ", end);
    const sentenceEnd = stop < 0 ? body.length : stop + 1;
    return db
      .insert(claims)
      .values({
        articleId,
        start,
        end,
        numberStart: start,
        numberEnd: end,
        sentenceStart,
        sentenceEnd,
        quote,
        prefix,
        suffix,
        value: 1,
        ...extra,
      })
      .returning({ id: claims.id })
      .get().id;
  };
  const t = Date.UTC(2024, 3, 3, 10, 0, 0);
  const unemployment = claim(a.id, bodyA, "4.2%", {
    value: 4.2,
    kind: "percent",
    unit: "%",
    status: "verified",
    statusBy: checker.id,
    statusAt: t,
  });
  const roads = claim(a.id, bodyA, "£3.5 million", {
    value: 3_500_000,
    kind: "money",
    currency: "GBP",
    status: "disputed",
    statusReason: "The budget document says £3.1 million.",
    statusBy: checker.id,
    statusAt: t + 1000,
    assigneeId: editor.id,
  });
  const decided = claim(a.id, bodyA, "about 12%", {
    value: 12,
    kind: "percent",
    qualifier: "approximately",
    status: "decided",
    verdict: "misleading",
    decisionNote: 'Compared with a one-off low year; "12%" overstates </script> the trend.',
    decidedBy: editor.id,
    decidedAt: t + 5000,
    updatedAt: t + 5000,
  });
  const homes = claim(b.id, bodyB, "1,200", { value: 1200, counted: "new homes" });
  const tricky = claim(b.id, bodyB, TRICKY_QUOTE, {
    origin: "manual",
    createdBy: checker.id,
    value: 3,
  });
  claim(b.id, bodyB, "40 percent", { value: 40, kind: "percent", orphanedAt: t });

  db.insert(notes)
    .values({
      claimId: roads,
      authorId: checker.id,
      docJson: JSON.stringify({
        type: "doc",
        content: [
          {
            type: "paragraph",
            content: [{ type: "text", text: "Asked the council press office." }],
          },
        ],
      }),
      plainText: "Asked the council press office.",
      createdAt: t,
    })
    .run();
  db.insert(notes)
    .values({
      claimId: decided,
      authorId: editor.id,
      docJson: JSON.stringify({
        type: "doc",
        content: [
          {
            type: "paragraph",
            content: [
              { type: "text", text: "Line one" },
              { type: "hardBreak" },
              { type: "text", text: 'line two, with "quotes"', marks: [{ type: "bold" }] },
            ],
          },
        ],
      }),
      plainText: 'Line one\nline two, with "quotes"',
      createdAt: t + 10,
      updatedAt: t + 20,
    })
    .run();
  const report = db
    .insert(sources)
    .values({
      title: "Labour market statistics",
      url: "https://stats.example/lms",
      normalizedUrl: "https://stats.example/lms",
      publisher: "Stats Office",
      type: "official_report",
    })
    .returning()
    .get();
  const interview = db
    .insert(sources)
    .values({ title: "Phone call with council", type: "interview" })
    .returning()
    .get();
  db.insert(claimSources)
    .values({
      claimId: unemployment,
      sourceId: report.id,
      stance: "supports",
      locator: "table 2",
      createdBy: checker.id,
    })
    .run();
  db.insert(claimSources)
    .values({
      claimId: roads,
      sourceId: interview.id,
      stance: "contradicts",
      createdBy: checker.id,
    })
    .run();
  db.insert(claimLinks)
    .values({
      fromClaimId: roads,
      toClaimId: homes,
      relation: "same_figure",
      createdBy: checker.id,
    })
    .run();
  db.insert(claimLinks)
    .values({
      fromClaimId: tricky,
      toClaimId: unemployment,
      relation: "contradicts",
      createdBy: editor.id,
    })
    .run();
  return {
    db,
    close,
    ids: { decided, disputed: roads, articleWithUrl: a.id },
  };
}

export function emptyDb(): { db: Db; close: () => void } {
  const { db, close } = createTestDb();
  return { db, close };
}
