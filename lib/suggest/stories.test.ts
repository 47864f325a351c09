import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { drainJobs } from "@/db/jobs/worker";
import { importItems } from "@/db/services/import-batch";
import { createTestDb } from "@/tests/test-db";
import { itemsFromFile, type ImportItem } from "@/lib/import/files";
import dev from "./fixtures/stories/dev.json";
import holdout from "./fixtures/stories/holdout.json";
import seedLinks from "./fixtures/seed-links.json";
import {
  formatDeskFigures,
  formatSetReport,
  scoreStories,
  type FigurePair,
  type FlagFigures,
  type LabelledStory,
} from "./story-metrics";

interface StoryArticle {
  key: string;
  title: string;
  outlet: string;
  publishedAt: string;
  body: string;
  distractor?: boolean;
}

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((c) => c()));

/** Imports the items through the real import path (which computes suggestions and flags) into a fresh
 * database, then reads back every open suggestion and inconsistency flag by article key and value. */
function run(items: ImportItem[]): { pairs: FigurePair[]; flags: FlagFigures[] } {
  const { db, sqlite, close } = createTestDb({ onDisk: true });
  cleanups.push(close);
  const summary = importItems(db, items, { actorId: null });
  // Suggestions and flags are queued jobs since the job queue: run them as the worker would.
  drainJobs(db);
  const keyOf = new Map<number, string>();
  for (const r of summary.results) {
    if (r.status !== "created") throw new Error(`${r.label} was not imported: ${r.status}`);
    keyOf.set(r.articleId, r.label);
  }
  const rows = sqlite
    .prepare(
      `SELECT c1.article_id a1, c1.value v1, c2.article_id a2, c2.value v2 FROM link_suggestions s
       JOIN claims c1 ON c1.id = s.claim_id JOIN claims c2 ON c2.id = s.candidate_id
       WHERE s.state = 'open' AND s.relation <> 'part_of'`,
    )
    .all() as { a1: number; v1: number; a2: number; v2: number }[];
  const flags = sqlite
    .prepare(
      `SELECT f.article_id a, json_group_array(c.value) vs FROM claim_flags f, json_each(f.claim_ids_json) j
       JOIN claims c ON c.id = j.value WHERE f.kind = 'inconsistency' AND f.resolved_at IS NULL GROUP BY f.id`,
    )
    .all() as { a: number; vs: string }[];
  return {
    pairs: rows.map((r) => ({
      from: { article: keyOf.get(r.a1)!, value: r.v1 },
      to: { article: keyOf.get(r.a2)!, value: r.v2 },
    })),
    flags: flags.map((f) => ({ article: keyOf.get(f.a)!, values: JSON.parse(f.vs) as number[] })),
  };
}

function storyItems(stories: { id: string; articles: StoryArticle[] }[]): ImportItem[] {
  return stories.flatMap((s) =>
    s.articles.map(({ key, distractor: _, ...input }) => ({
      ok: true as const,
      label: key,
      input,
    })),
  );
}

function evaluate(name: string, stories: (LabelledStory & { articles: StoryArticle[] })[]) {
  // Figures are named by article key, so a key used by two stories would mix their figures up.
  const keys = stories.flatMap((s) => s.articles.map((a) => a.key));
  expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  const { pairs, flags } = run(storyItems(stories));
  const report = scoreStories(stories, pairs, flags);
  console.log(formatSetReport(name, report));
  console.log(`${name} by desk:\n${formatDeskFigures(stories, report)}`);
  return report;
}

// Importing a set through the real path takes a second or two; more on a loaded machine.
const SLOW = 60_000;

describe("suggested links on labelled stories", () => {
  test(
    "development stories",
    () => {
      const r = evaluate("dev", dev.stories);
      // Floors measured on this set: 90.0% / 81.8% when written, 90.7% / 89.1% with scopes (scope.ts);
      // 85.7% / 75.0% once d-ferry, d-schools and d-outage (rising tolls, breakdowns) were added;
      // 83.5% / 88.8% with counted things read from "the number of …" and compared values (quantity.ts),
      // narrowing only by figures of the same quantity (narrowing.ts) and places past "the" (entities.ts);
      // 88.0% / 91.3% with breakdowns told apart by their modifiers (modifiers.ts); 92.4% / 91.3% with
      // figures of two owners ("Holt won …", "Marn received …") and last year's figures kept apart.
      // 91.6% / 95.0% with compared values read further back and plain nouns that do not narrow.
      // 92.0% / 96.4% on 12 stories (d-heat added: a toll from two sources rising 1,200 → 2,000), each ≥ 81.8%.
      // 64.4% / 75.5% on 17 stories (desks the rules had not seen: jobs by month and sector, house prices
      // by quarter and region, harvests by crop and year, a strike by day, budget lines by year and
      // department); 68.2% / 75.5% with figures of different periods kept apart (figure-period.ts);
      // 75.4% / 74.8% with units and magnitudes no longer topic words, "-ing" nouns as modified heads
      // ("health spending" / "defence spending") and what a figure is of (measured-of.ts); 79.3% / 77.0%
      // with one period as shared evidence, "added 12,000 jobs" not read as speech, and a part of the
      // country ("in the capital", "in the northern province of Vell") kept from texts that never name it.
      // 79.9% / 77.0% with counts gained and lost, expectations and outcomes kept apart (figure-cues.ts);
      // 80.5% / 77.0%, 5 of 7 contradictions and no false flag with slips read by source, period and
      // subject where nothing counted is named, and two periods never a slip (inconsistency.ts).
      // 80.9% / 79.1% with a figure naming nothing counted taking its sentence's previous figure's
      // (sibling-counts.ts: "the union's figure of 14,000", "2,300 on Monday and 1,900 on Tuesday").
      // 79.5% / 60.6% on 23 stories, lowest coverage 23.1% (d-spill), 6 of 13 contradictions, no false flag,
      // once six stories from new desks were written before reading the rules (aviation, migration,
      // business, courts, environment, technology): on those six alone 75.9% (82/108) / 37.3% (82/220),
      // coverage 23.1%–92.3%, 1 of 6 contradictions.
      // 81.3% / 62.7% with counted things read from the verb ("complaints have reached 4,800") and a
      // participle after the number not taken as counted (subject-count.ts); 85.0% / 68.3% with people named
      // by their role (savers / investors, customers / people) one count, a count of owners read through
      // the possessive, and two sources' counts that do not keep growing never 2.5 times apart (score.ts).
      // 85.5% / 71.1% with counts said through an event's noun or participle ("451 cancellations",
      // "451 cancelled flights", "the cancellation of 412 flights") keyed by the verb (event-root.ts).
      // 85.6% / 71.9%, lowest coverage 45.5% (d-strike) with sources read past "an estimated", "figures
      // released by", a modal and a sentence's first word (said-by.ts).
      expect(r.precision).toBeGreaterThanOrEqual(0.84);
      expect(r.recall).toBeGreaterThanOrEqual(0.71);
      expect(r.minCoverage).toBeGreaterThanOrEqual(0.45);
      // 10 of 13 contradictions with a source restating itself in one sentence ("…, a spokeswoman said,
      // adding later that 1,150 …"), "jobs" / "job cuts" as one counted thing, and figures with no counted
      // thing from one source compared when only one states its period (inconsistency.ts).
      expect(r.stories.reduce((n, s) => n + s.contradictionsFound, 0)).toBeGreaterThanOrEqual(12);
      expect(r.stories.reduce((n, s) => n + s.falseFlags, 0)).toBe(0);
    },
    SLOW,
  );

  test(
    "holdout stories (never tuned on)",
    () => {
      const r = evaluate("holdout", holdout.stories);
      // Measured, never tuned on: 85.2% / 82.1% when written; 86.2% / 89.3% after the first twelve stories'
      // rules; 85.2% / 82.1% after the five newer stories' rules (periods, what a figure is of, parts of a
      // country, sibling counts): read once, after the fact, and not acted on.
      expect(r.precision).toBeGreaterThanOrEqual(0.8);
      expect(r.recall).toBeGreaterThanOrEqual(0.8);
      expect(r.stories.reduce((n, s) => n + s.falseFlags, 0)).toBe(0);
    },
    SLOW,
  );

  test(
    "seed articles",
    () => {
      const seeds = path.join(process.cwd(), "seeds");
      const manifest = JSON.parse(fs.readFileSync(path.join(seeds, "manifest.json"), "utf8")) as {
        articles: Record<string, Record<string, unknown>>;
      };
      const items = fs
        .readdirSync(seeds)
        .filter((f) => f.endsWith(".txt"))
        .sort()
        .flatMap((f) =>
          itemsFromFile(f, fs.readFileSync(path.join(seeds, f), "utf8")).map((item) =>
            item.ok ? { ...item, input: { ...item.input, ...manifest.articles[f] } } : item,
          ),
        );
      const { pairs, flags } = run(items);
      const story: LabelledStory = {
        id: "seeds",
        articles: items.map((i) => ({ key: i.label })),
        groups: seedLinks.groups.map((g) => ({
          members: g.members.map((m) => ({ article: m.file, value: m.value })),
        })),
        contradictions: [{ article: "003_e23c092b9a89b1c4.txt", values: [1114, 1144] }],
      };
      const r = scoreStories([story], pairs, flags);
      console.log(formatSetReport("seeds", r));
      // The floor is what the seed-tuned scorer reached: 80% / 87.5%. The general rules measure
      // 93.5% / 90.6% (scopes, places and restatements read from the text; see scope.ts).
      expect(r.precision).toBeGreaterThanOrEqual(0.8);
      expect(r.recall).toBeGreaterThanOrEqual(0.875);
      expect(r.stories[0]!.contradictionsFound).toBe(1);
      expect(r.stories[0]!.falseFlags).toBe(0);
    },
    SLOW,
  );
});
