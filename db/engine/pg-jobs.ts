import { sql } from "drizzle-orm";
import type { Job } from "../schema";
import type { SqlRunner } from "./types";

/**
 * The job queue's claim on PostgreSQL. The jobs, their shape (`Job`), leases and attempts are those of
 * db/jobs/queue.ts; only the claim differs. On SQLite one writer at a time makes its
 * `update … where id in (select … limit n)` atomic. On PostgreSQL writers run side by side, and that same
 * statement takes a job twice: a second worker's subquery picks the rows the first is claiming, waits
 * for their lock, and then updates them again (pg-jobs.test.ts shows it). Here the rows are picked with
 * `for update skip locked`: a worker skips the jobs another is claiming and takes the next ones, without
 * waiting; `as materialized` makes PostgreSQL pick them once, never re-running the subquery per row.
 */
export async function claimJobsPg(
  tx: SqlRunner,
  {
    leaseMs,
    kind,
    limit,
    now = Date.now(),
  }: { leaseMs: number; kind?: string; limit: number; now?: number },
): Promise<Job[]> {
  await reclaimExpiredPg(tx, now);
  const rows = await tx.all<Job>(sql`
    with next as materialized (
      select id from jobs
      where status = 'pending' and run_after <= ${now} ${kind === undefined ? sql`` : sql`and kind = ${kind}`}
      order by run_after, id
      limit ${limit}
      for update skip locked)
    update jobs set status = 'running', attempts = attempts + 1, locked_until = ${now + leaseMs}
    from next where jobs.id = next.id
    returning ${JOB_COLUMNS}`);
  return rows.sort((a, b) => a.runAfter - b.runAfter || a.id - b.id);
}

/** Jobs whose worker died (lease ran out) go back to pending, one per key (the pending job of a key is
 * unique); the others of that key, and any whose key already has a pending job, are closed, as
 * db/jobs/queue.ts does with `update or ignore`. Rows another worker is reclaiming are skipped. */
async function reclaimExpiredPg(tx: SqlRunner, now: number): Promise<void> {
  await tx.run(sql`
    with expired as materialized (
      select id, key from jobs where status = 'running' and locked_until < ${now}
      for update skip locked),
    chosen as (
      select distinct on (key) id from expired e
      where not exists (select 1 from jobs p where p.key = e.key and p.status = 'pending')
      order by key, id)
    update jobs set status = 'pending', run_after = ${now}, locked_until = null
    from chosen where jobs.id = chosen.id`);
  await tx.run(sql`
    with expired as materialized (
      select id from jobs where status = 'running' and locked_until < ${now}
      for update skip locked)
    update jobs set status = 'done', finished_at = ${now}, locked_until = null,
      last_error = 'superseded by a newer job for the same key after its worker stopped'
    from expired where jobs.id = expired.id`);
}

// The Job shape by name: PostgreSQL folds unquoted aliases to lower case, so each is quoted.
const JOB_COLUMNS = sql.raw(
  [
    `jobs.id as "id"`,
    `jobs.kind as "kind"`,
    `jobs.key as "key"`,
    `jobs.payload_json as "payloadJson"`,
    `jobs.status as "status"`,
    `jobs.attempts as "attempts"`,
    `jobs.run_after as "runAfter"`,
    `jobs.locked_until as "lockedUntil"`,
    `jobs.last_error as "lastError"`,
    `jobs.created_at as "createdAt"`,
    `jobs.finished_at as "finishedAt"`,
  ].join(", "),
);

/** Marks a job done if this run still holds it (same attempt): the statement of db/jobs/queue.ts, in
 * standard SQL, so the same on both engines. */
export async function completeJobOn(
  tx: SqlRunner,
  job: Pick<Job, "id" | "attempts">,
  now = Date.now(),
): Promise<boolean> {
  const { changes } = await tx.run(sql`
    update jobs set status = 'done', finished_at = ${now}, locked_until = null, last_error = null
    where id = ${job.id} and status = 'running' and attempts = ${job.attempts}`);
  return changes === 1;
}

/** Queues a job idempotently by key (one pending job per key): db/jobs/queue.ts's statement, standard
 * SQL, the same on both engines. */
export async function enqueueJobOn(
  tx: SqlRunner,
  job: { kind: string; key: string; payload?: unknown; delayMs?: number },
  now = Date.now(),
): Promise<void> {
  await tx.run(sql`
    insert into jobs (kind, key, payload_json, run_after)
    values (${job.kind}, ${job.key}, ${JSON.stringify(job.payload ?? {})}, ${now + (job.delayMs ?? 0)})
    on conflict (key) where status = 'pending' do nothing`);
}
