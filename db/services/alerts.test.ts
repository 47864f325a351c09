import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, insertTestUsers, type TestDb } from "@/tests/test-db";
import { DomainError } from "@/lib/domain-error";
import { drainJobs } from "../jobs/worker";
import { countOpenAlerts, listOpenAlerts, listOpenAlertsForArticle } from "../queries/alerts";
import { findLinkBetween } from "../queries/links";
import { getClaimById } from "../queries/claims";
import { dismissAlert, resolveAlertByLinking, watchClaim } from "./alerts";
import { verifyClaim } from "./claims";
import { importArticle } from "./import-article";
import { addFeed, readDueFeeds } from "./feeds";
import { startNewsServer } from "@/tests/fixtures/news-server";
import { parseAllowList } from "@/lib/fetch/address-policy";

const seedText = fs.readFileSync(
  path.join(process.cwd(), "seeds", "001_e1748e820fe1a2f1.txt"),
  "utf8",
);
const laterToll = (value: string) =>
  `The US-led coalition in Iraq and Syria has now killed at least ${value} civilians since the start of its military operations in 2014, according to its latest monthly civilian casualty report.\n\nThe count rose again this month.`;

let t: TestDb;
let users: ReturnType<typeof insertTestUsers>;
const editor = () => ({ id: users.editor.id, role: "editor" as const });
const checker = () => ({ id: users.checker.id, role: "checker" as const });

function importText(title: string, body: string, publishedAt = "2020-03-20") {
  const outcome = importArticle(t.db, { title, body, publishedAt }, { actorId: users.admin.id });
  if (outcome.status !== "created") throw new Error(`import ${outcome.status}`);
  return outcome.articleId;
}

/** The seed story's "1,370 civilians" in its lead, verified by the checker: a watched figure. */
function verifiedSeedFigure() {
  const articleId = importText("Coalition report", seedText, "2020-02-14");
  drainJobs(t.db);
  const row = t.sqlite
    .prepare(
      "select id, version from claims where article_id = ? and value = 1370 order by start limit 1",
    )
    .get(articleId) as { id: number; version: number };
  verifyClaim(t.db, checker(), { claimId: row.id, version: row.version });
  return { articleId, claimId: row.id };
}

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

beforeEach(() => {
  t = createTestDb();
  users = insertTestUsers(t.db);
});
afterEach(() => t.close());

describe("the alert check after an import", () => {
  it("raises an alert when a new article gives a checked figure another value, on the desk and the article", () => {
    const seed = verifiedSeedFigure();
    const fresh = importText("Toll rises", laterToll("1,500"));
    expect(countOpenAlerts(t.db)).toBe(0); // the check runs in the background, not in the import
    drainJobs(t.db);
    expect(countOpenAlerts(t.db)).toBe(1);
    const [alert] = listOpenAlertsForArticle(t.db, { articleId: fresh });
    expect(alert).toMatchObject({
      fresh: { value: 1500, articleId: fresh },
      watched: { claimId: seed.claimId, value: 1370, status: "verified" },
    });
    expect(listOpenAlerts(t.db, { limit: 10 }).rows.map((a) => a.id)).toEqual([alert!.id]);
  });

  it("raises nothing for the same value, or when no figure is watched", () => {
    const seed = verifiedSeedFigure();
    importText("Toll unchanged", laterToll("1,370"));
    drainJobs(t.db);
    expect(countOpenAlerts(t.db)).toBe(0);
    watchClaim(t.db, checker(), { claimId: seed.claimId, seen: null, watch: "unwatch" });
    importText("Toll rises", laterToll("1,500"));
    drainJobs(t.db);
    expect(countOpenAlerts(t.db)).toBe(0);
  });

  it("watches an unchecked figure a checker chose to watch", () => {
    const articleId = importText("Coalition report", seedText, "2020-02-14");
    drainJobs(t.db);
    const { id } = t.sqlite
      .prepare("select id from claims where article_id = ? and value = 1370 limit 1")
      .get(articleId) as { id: number };
    expect(watchClaim(t.db, checker(), { claimId: id, seen: null, watch: "watch" }).watched).toBe(
      true,
    );
    importText("Toll rises", laterToll("1,500"));
    drainJobs(t.db);
    expect(countOpenAlerts(t.db)).toBe(1);
  });
});

// Pages are read in worker threads, whose first start (loading the reader and the detector) takes
// seconds when engineers share the machine's two cores.
describe("a feed", { timeout: 60_000 }, () => {
  it("whose item gives a checked seed figure a new value raises an alert against it", async () => {
    const seed = verifiedSeedFigure();
    const site = await startNewsServer();
    try {
      addFeed(
        t.db,
        { id: users.admin.id, role: "admin" },
        { url: site.url("/feeds/follow-ups.rss"), intervalMinutes: 30 },
      );
      const allow = parseAllowList("127.0.0.1");
      const limits = { timeoutMs: 3000, maxBytes: 5 * 1048576, maxRedirects: 3, allow };
      const [read] = await readDueFeeds(t.db, { feedLimits: limits, pageLimits: limits });
      expect(read).toMatchObject({ imported: 1, error: null });
      drainJobs(t.db);
      const [alert] = listOpenAlerts(t.db, { limit: 10 }).rows;
      expect(alert).toMatchObject({
        fresh: { value: 1500, outlet: "Harbour Gazette" },
        watched: { claimId: seed.claimId, value: 1370 },
      });
    } finally {
      await site.close();
    }
  });
});

describe("closing an alert", () => {
  function openAlert() {
    verifiedSeedFigure();
    importText("Toll rises", laterToll("1,500"));
    drainJobs(t.db);
    return listOpenAlerts(t.db, { limit: 1 }).rows[0]!;
  }

  it("links the two figures with the relation the matcher proposed and closes the alert, once", () => {
    const alert = openAlert();
    const closed = resolveAlertByLinking(t.db, editor(), {
      alertId: alert.id,
      version: alert.version,
    });
    const link = findLinkBetween(t.db, { a: alert.fresh.claimId, b: alert.watched.claimId });
    expect(link).toEqual({ id: closed.linkId, relation: alert.relation });
    expect(countOpenAlerts(t.db)).toBe(0);
    const again = refusal(() =>
      resolveAlertByLinking(t.db, editor(), { alertId: alert.id, version: alert.version }),
    );
    expect(again.status).toBe(409);
    const history = t.sqlite
      .prepare("select action from audit_events where entity = 'alert' and entity_id = ?")
      .all(alert.id);
    expect(history).toEqual([{ action: "alert.resolved" }]);
  });

  it("dismisses without a link; a stale version is a conflict; a re-read keeps it dismissed", () => {
    const alert = openAlert();
    expect(
      refusal(() => dismissAlert(t.db, editor(), { alertId: alert.id, version: 7 })).status,
    ).toBe(409);
    dismissAlert(t.db, editor(), { alertId: alert.id, version: alert.version });
    expect(
      findLinkBetween(t.db, { a: alert.fresh.claimId, b: alert.watched.claimId }),
    ).toBeUndefined();
    drainJobs(t.db);
    expect(countOpenAlerts(t.db)).toBe(0);
    expect(refusal(() => dismissAlert(t.db, editor(), { alertId: 999, version: 1 })).status).toBe(
      404,
    );
  });
});

describe("watching a figure", () => {
  it("sets the choice with the one the checker saw, leaves the claim's version alone, and records it", () => {
    const seed = verifiedSeedFigure();
    const before = getClaimById(t.db, { id: seed.claimId })!;
    const result = watchClaim(t.db, checker(), {
      claimId: seed.claimId,
      seen: null,
      watch: "unwatch",
    });
    expect(result.watched).toBe(false);
    expect(getClaimById(t.db, { id: seed.claimId })!.version).toBe(before.version);
    const stale = refusal(() =>
      watchClaim(t.db, checker(), { claimId: seed.claimId, seen: null, watch: "watch" }),
    );
    expect(stale.status).toBe(409);
    watchClaim(t.db, checker(), { claimId: seed.claimId, seen: "unwatch", watch: null });
    const actions = t.sqlite
      .prepare(
        "select action from audit_events where claim_id = ? and action like 'claim.%watched' order by id",
      )
      .all(seed.claimId);
    expect(actions).toEqual([{ action: "claim.unwatched" }, { action: "claim.watched" }]);
    expect(
      refusal(() => watchClaim(t.db, checker(), { claimId: 99999, seen: null, watch: "watch" }))
        .status,
    ).toBe(404);
  });
});
