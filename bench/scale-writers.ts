import { actionId, type Session } from "./scale-server";

/**
 * Concurrent fact-checkers against `npm start`: each writer is a user signed in with a session of its
 * own, writing through the workspace's own server actions (verify a claim, then undo it, on claims of
 * its own so writers never conflict), each write acknowledged only when the action's answer says ok.
 */
export interface WriterClaim {
  id: number;
  articleId: number;
  version: number;
  /** Set by the writer once its verify is acknowledged, cleared by the undo. */
  verified?: boolean;
}

export interface WriteFigures {
  writers: number;
  /** Writes acknowledged in the measured window (after the warm-up). */
  writes: number;
  /** Writes acknowledged during the warm-up, and the slowest of them (ms): printed, not measured. */
  warmupWrites: number;
  warmupSlowest: number;
  errors: number;
  firstError: string | null;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0
    ? Number.NaN
    : sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;

/** The action's own answer in a React Server Components response: row 0 names the row that holds it
 * (`"a":"$@1"`); rows come in any order, and a re-rendered page may travel with it. */
export function actionResultOf(body: string): { ok: boolean; version?: number; error?: string } {
  const lines = body.split("\n");
  const head = lines.find((l) => l.startsWith("0:"));
  const ref = head ? /"a":"\$@([0-9a-f]+)"/.exec(head)?.[1] : undefined;
  const row =
    ref === undefined
      ? lines.find((l) => /^[0-9a-f]+:\{"ok":/.test(l))
      : lines.find((l) => l.startsWith(`${ref}:`));
  if (!row) return { ok: false, error: `no action result in: ${body.slice(0, 120)}` };
  try {
    const value = JSON.parse(row.slice(row.indexOf(":") + 1)) as {
      ok?: boolean;
      data?: { version?: number };
      error?: string;
    };
    if (value.ok === true) return { ok: true, version: value.data?.version };
    return { ok: false, error: value.error ?? row.slice(0, 200) };
  } catch {
    return { ok: false, error: row.slice(0, 200) };
  }
}

/** The router state the browser holds on /articles/:id (app/(app)/articles/[id]/page.tsx). */
function routerStateOf(articleId: number): string {
  const page = ["__PAGE__", {}];
  const article = [["id", String(articleId), "d"], { children: page }];
  const tree = ["", { children: ["(app)", { children: ["articles", { children: article }] }] }];
  return encodeURIComponent(JSON.stringify([...tree, null, null, true]));
}

export async function runWriters(
  sessions: Session[],
  claimsOf: (writer: number) => WriterClaim[],
  seconds: number,
  warmupSeconds = 0,
): Promise<WriteFigures> {
  const verify = actionId("articles/[id]/status-actions.ts", "verifyClaim");
  const revert = actionId("articles/[id]/status-actions.ts", "revertClaimStatus");
  const latencies: number[] = [];
  const warmupLatencies: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  // The first moments of a run measure start-up, not a steady load: every writer's first request
  // arrives at once, each with a session the server has not decoded yet (see app/_lib/session-memo.ts).
  // Writes started before the window opens are reported apart; errors count from the first write.
  const warmupEnds = performance.now() + warmupSeconds * 1000;
  const deadline = warmupEnds + seconds * 1000;

  async function writer(w: number) {
    const session = sessions[w]!;
    const claims = claimsOf(w);
    for (let n = 0; performance.now() < deadline; n++) {
      const claim = claims[n % claims.length]!;
      // Verify, then (next time round) undo it: the claim is back where it was, and the writer goes on.
      const undo = claim.verified === true;
      const args = undo
        ? { claimId: claim.id, version: claim.version, status: "unchecked", reason: null }
        : { claimId: claim.id, version: claim.version };
      const t = performance.now();
      let result: ReturnType<typeof actionResultOf>;
      try {
        const res = await session.fetch(`/articles/${claim.articleId}`, {
          method: "POST",
          headers: {
            "Next-Action": undo ? revert : verify,
            Accept: "text/x-component",
            "Content-Type": "text/plain;charset=UTF-8",
            Origin: session.base,
            // As the browser sends it: the page it is on, so only the page segment is rendered again.
            "Next-Router-State-Tree": routerStateOf(claim.articleId),
          },
          body: JSON.stringify([args]),
        });
        const body = await res.text();
        result = res.ok ? actionResultOf(body) : { ok: false, error: `HTTP ${res.status}` };
      } catch (error) {
        result = { ok: false, error: (error as Error).message };
      }
      if (result.ok && result.version !== undefined) {
        (t < warmupEnds ? warmupLatencies : latencies).push(performance.now() - t);
        claim.version = result.version;
        claim.verified = !undo;
      } else {
        errors++;
        firstError ??= result.error ?? "no version in the answer";
      }
    }
  }
  await Promise.all(sessions.map((_, w) => writer(w)));
  const elapsed = (performance.now() - warmupEnds) / 1000;
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    writers: sessions.length,
    writes: latencies.length,
    warmupWrites: warmupLatencies.length,
    warmupSlowest: warmupLatencies.reduce((a, b) => Math.max(a, b), 0),
    errors,
    firstError,
    seconds: elapsed,
    perSecond: latencies.length / elapsed,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
  };
}
