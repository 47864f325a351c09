import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import {
  countClaimsByStatus,
  listDisputedClaims,
  listDisputedClaimsByOffset,
  type QueueFilters,
  type QueueCursor,
} from "@/db/queries/review";
import { listEvidenceForClaims } from "@/db/queries/review-evidence";
import { generateClaimsDb } from "./generate-claims";

/**
 * The editors' queue against 100,000 claims (~5 % disputed): median and p95 of the first page and a deep
 * keyset page, with and without filters, against baselines measured in the same run: the same deep page
 * by OFFSET, and a `count(*)` of the disputed claims (what page numbers would cost). Usage: npm run bench:queue [-- CLAIMS [RUNS]]
 */
const CLAIMS = Number(process.argv[2] ?? 100_000);
const RUNS = Number(process.argv[3] ?? 300);
const PAGE = 20;

function measure(run: () => unknown): { median: number; p95: number } {
  for (let i = 0; i < 10; i++) run(); // warm the page cache and statement cache
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return {
    median: times[Math.floor(times.length / 2)]!,
    p95: times[Math.floor(times.length * 0.95)]!,
  };
}

const started = performance.now();
const g = generateClaimsDb({ claims: CLAIMS });
console.log(
  `Generated ${CLAIMS.toLocaleString("en-US")} claims in ${((performance.now() - started) / 1000).toFixed(1)} s (${g.file})`,
);
const counts = countClaimsByStatus(g.db);
console.log(
  `Status mix: ${Object.entries(counts)
    .map(([s, n]) => `${s} ${n}`)
    .join(", ")}\n`,
);

const page = (filters: QueueFilters, after?: QueueCursor) =>
  listDisputedClaims(g.db, { order: "newest", filters, after, limit: PAGE, now: g.now });
/** The whole page as /review loads it: the queue rows, then their sources and links. */
const fullPage = (filters: QueueFilters, after?: QueueCursor) => {
  const { rows } = page(filters, after);
  listEvidenceForClaims(g.db, { claimIds: rows.map((r) => r.id) });
  return rows;
};

// A deep cursor: the last row of the page that starts 80 % of the way down the queue.
const deepOffset = Math.floor(counts.disputed * 0.8);
const deepRow = listDisputedClaimsByOffset(g.db, {
  order: "newest",
  offset: deepOffset - 1,
  limit: 1,
})[0]!;
const deep: QueueCursor = { at: deepRow.disputedAt!, id: deepRow.id };
const contradicted: QueueFilters = { contradicted: true };
const outletAndAge: QueueFilters = { outlet: g.outlets[2], minAgeMs: 7 * 86_400_000 };
const checker: QueueFilters = { disputedBy: g.userIds.checkers[0], assignee: "none" };

const cases: [string, () => unknown][] = [
  ["first page (rows only)", () => page({})],
  ["first page + sources + links", () => fullPage({})],
  [`deep keyset page (row ${deepOffset})`, () => fullPage({}, deep)],
  ["first page, contradicted filter", () => fullPage(contradicted)],
  ["deep page, contradicted filter", () => fullPage(contradicted, deep)],
  ["first page, outlet + over a week", () => fullPage(outletAndAge)],
  ["first page, disputer + unassigned", () => fullPage(checker)],
  ["status counts (bar chart)", () => countClaimsByStatus(g.db)],
];
const baselines: [string, () => unknown][] = [
  [
    `deep page by OFFSET ${deepOffset}`,
    () => listDisputedClaimsByOffset(g.db, { order: "newest", offset: deepOffset, limit: PAGE }),
  ],
  [
    "count(*) of live disputed claims",
    () =>
      g.db.get(sql`select count(*) from claims where status = 'disputed' and deleted_at is null`),
  ],
];

const results = new Map<string, { median: number; p95: number }>();
for (const [label, run] of [...cases, ...baselines]) results.set(label, measure(run));

const pad = (s: string, n: number) => s.padEnd(n);
const ms = (n: number) => `${n.toFixed(3)} ms`.padStart(11);
console.log(
  `${pad("query", 40)}${"median".padStart(11)}${"p95".padStart(11)}   (${RUNS} runs each)`,
);
for (const [label, r] of results) console.log(`${pad(label, 40)}${ms(r.median)}${ms(r.p95)}`);

const keysetDeep = results.get(`deep keyset page (row ${deepOffset})`)!.median;
const offsetDeep = results.get(`deep page by OFFSET ${deepOffset}`)!.median;
const countAll = results.get("count(*) of live disputed claims")!.median;
console.log(
  `\nDeep page: OFFSET / keyset = ${(offsetDeep / keysetDeep).toFixed(1)}× (keyset with sources and links; OFFSET rows only)`,
);
console.log(
  `count(*) of disputed claims (what an OFFSET pager needs for its page numbers) / keyset deep page = ${(countAll / keysetDeep).toFixed(2)}×`,
);
const worst = Math.max(
  ...cases.filter(([l]) => !l.startsWith("status counts")).map(([l]) => results.get(l)!.median),
);
console.log(
  `Slowest queue page median: ${worst.toFixed(3)} ms — ${worst < 20 ? "under" : "OVER"} the 20 ms budget`,
);
g.cleanup();
if (worst >= 20) process.exitCode = 1;
