import { sql } from "drizzle-orm";
import type { Db } from "../index";
import type { DbOrTx } from "../queries/audit";
import type { Job, JobStatus } from "../schema";
import { preparedStatement } from "../queries/prepared";

/** After this many failed runs a job stays failed (visible in the queue's figures) instead of retrying. */
export const MAX_ATTEMPTS = 5;
const BACKOFF_BASE_MS = 2_000;
const BACKOFF_MAX_MS = 5 * 60_000;

export interface JobInput {
  kind: string;
  /** What the job is about ("article:12:follow-ups"): one pending job per key. */
  key: string;
  payload?: unknown;
  /** Not before this many ms from now. */
  delayMs?: number;
}

/** Queues a job inside the caller's transaction, so it exists exactly when the change that needs it
 * commits. Idempotent by key: while a job with the key is pending, queueing it again does nothing (the
 * pending one will see the newest data when it runs). A job already running does not count: the change
 * may have come after it read, so a new one is queued behind it. */
export function enqueueJob(tx: DbOrTx, job: JobInput): void {
  enqueueStatement(tx).run({
    kind: job.kind,
    key: job.key,
    payload: JSON.stringify(job.payload ?? {}),
    runAfter: Date.now() + (job.delayMs ?? 0),
  });
}

// The queue's statements run for every import and every job: each is compiled once per connection.
const enqueueStatement = preparedStatement(`
    insert into jobs (kind, key, payload_json, run_after) values (:kind, :key, :payload, :runAfter)
    on conflict (key) where status = 'pending' do nothing`);

/** Jobs whose worker died (its lease ran out) go back to pending. If a newer pending job has the same key,
 * that one will do the work, and the orphan is closed. */
function reclaimExpired(db: Db, now: number): void {
  reclaimStatement(db).run({ now });
  closeOrphansStatement(db).run({ now });
}

const reclaimStatement = preparedStatement(`
    update or ignore jobs set status = 'pending', run_after = :now, locked_until = null
    where status = 'running' and locked_until < :now`);
const closeOrphansStatement = preparedStatement(`
    update jobs set status = 'done', finished_at = :now, locked_until = null,
      last_error = 'superseded by a newer job for the same key after its worker stopped'
    where status = 'running' and locked_until < :now`);

/** Takes the next due job with one atomic UPDATE … RETURNING: two workers never get the same job, and
 * the lease says until when this one holds it. */
export function claimNextJob(
  db: Db,
  options: { leaseMs: number; /** Only jobs of this kind (benchmarks, tests). */ kind?: string },
): Job | undefined {
  return claimJobs(db, { ...options, limit: 1 })[0];
}

/** Takes up to `limit` due jobs at once, oldest first, in one atomic UPDATE … RETURNING (one commit for
 * all of them); each counts an attempt and holds the same lease. */
export function claimJobs(
  db: Db,
  { leaseMs, kind, limit }: { leaseMs: number; kind?: string; limit: number },
): Job[] {
  const now = Date.now();
  reclaimExpired(db, now);
  const params = { now, lockedUntil: now + leaseMs, limit };
  const rows = (
    kind === undefined
      ? claimStatement(db).all(params)
      : claimKindStatement(db).all({ ...params, kind })
  ) as Record<string, unknown>[];
  return rows.map(toJob).sort((a, b) => a.runAfter - b.runAfter || a.id - b.id);
}

const claimSql = (ofKind: boolean) => `
    update jobs set status = 'running', attempts = attempts + 1, locked_until = :lockedUntil
    where id in (select id from jobs where status = 'pending' and run_after <= :now
                 ${ofKind ? "and kind = :kind" : ""}
                 order by run_after, id limit :limit)
    returning *`;
const claimStatement = preparedStatement(claimSql(false));
const claimKindStatement = preparedStatement(claimSql(true));

/** The jobs claimJobs would take next, oldest first, without taking them: a worker reads and works out
 * a job before its transaction claims it (worker.ts). A job whose worker died (its lease ran out) is listed
 * too: the claim takes it back. */
export function listDueJobs(db: DbOrTx, { kind, limit }: { kind?: string; limit: number }): Job[] {
  const params = { now: Date.now(), limit };
  const rows = (
    kind === undefined
      ? dueStatement(db).all(params)
      : dueKindStatement(db).all({ ...params, kind })
  ) as Record<string, unknown>[];
  return rows.map(toJob);
}

const dueSql = (ofKind: boolean) => `
    select * from jobs
    where ((status = 'pending' and run_after <= :now) or (status = 'running' and locked_until < :now))
      ${ofKind ? "and kind = :kind" : ""}
    order by run_after, id limit :limit`;
const dueStatement = preparedStatement(dueSql(false));
const dueKindStatement = preparedStatement(dueSql(true));

/** Gives claimed jobs back untouched (their run did not start): pending again, the attempt not counted.
 * If a newer pending job has the same key, that one does the work and this one is closed. */
export function releaseJobs(tx: DbOrTx, jobs: Pick<Job, "id" | "attempts">[]): void {
  for (const job of jobs) {
    const released = tx.run(sql`
      update or ignore jobs set status = 'pending', attempts = attempts - 1, locked_until = null
      where id = ${job.id} and status = 'running' and attempts = ${job.attempts}`);
    if (released.changes === 0)
      tx.run(sql`
        update jobs set status = 'done', finished_at = ${Date.now()}, locked_until = null,
          last_error = 'superseded by a newer job for the same key'
        where id = ${job.id} and status = 'running' and attempts = ${job.attempts}`);
  }
}

function toJob(row: Record<string, unknown>): Job {
  return {
    id: row.id as number,
    kind: row.kind as string,
    key: row.key as string,
    payloadJson: row.payload_json as string,
    status: row.status as JobStatus,
    attempts: row.attempts as number,
    runAfter: row.run_after as number,
    lockedUntil: row.locked_until as number | null,
    lastError: row.last_error as string | null,
    createdAt: row.created_at as number,
    finishedAt: row.finished_at as number | null,
  };
}

/** Marks the job done, only if this run still holds it (same attempt, lease not taken over). Call in the
 * same transaction as the job's writes: false means another run owns it now, and the writes must roll back. */
export function completeJob(tx: DbOrTx, job: Pick<Job, "id" | "attempts">): boolean {
  const result = completeStatement(tx).run({
    now: Date.now(),
    id: job.id,
    attempts: job.attempts,
  });
  return result.changes === 1;
}

const completeStatement = preparedStatement(`
    update jobs set status = 'done', finished_at = :now, locked_until = null, last_error = null
    where id = :id and status = 'running' and attempts = :attempts`);

/** A failed run: retried later with a growing delay (2 s, 4 s, 8 s … up to 5 min), or failed for good
 * after MAX_ATTEMPTS. */
export function failJob(db: DbOrTx, job: Pick<Job, "id" | "attempts">, error: string): void {
  const now = Date.now();
  const message = error.slice(0, 2000);
  if (job.attempts >= MAX_ATTEMPTS) {
    db.run(sql`
      update jobs set status = 'failed', finished_at = ${now}, locked_until = null, last_error = ${message}
      where id = ${job.id} and attempts = ${job.attempts}`);
    return;
  }
  const delay = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** (job.attempts - 1));
  const retried = db.run(sql`
    update or ignore jobs set status = 'pending', run_after = ${now + delay}, locked_until = null,
      last_error = ${message}
    where id = ${job.id} and status = 'running' and attempts = ${job.attempts}`);
  // A newer pending job for the same key already exists: it will do the work.
  if (retried.changes === 0)
    db.run(sql`
      update jobs set status = 'done', finished_at = ${now}, locked_until = null, last_error = ${message}
      where id = ${job.id} and status = 'running' and attempts = ${job.attempts}`);
}

/** Jobs waiting or running for these keys: the article page says "looking for links…" while any are. */
export function countOpenJobs(db: Db, { keys }: { keys: string[] }): number {
  if (!keys.length) return 0;
  return (
    db.get<{ n: number }>(sql`
      select count(*) as n from jobs where key in (${sql.join(
        keys.map((k) => sql`${k}`),
        sql`, `,
      )}) and status in ('pending', 'running')`)?.n ?? 0
  );
}

export function countJobsByStatus(db: Db): Record<JobStatus, number> {
  const counts: Record<JobStatus, number> = { pending: 0, running: 0, done: 0, failed: 0 };
  for (const row of db.all<{ status: JobStatus; n: number }>(
    sql`select status, count(*) as n from jobs group by status`,
  ))
    counts[row.status] = row.n;
  return counts;
}

/** Finished jobs are kept a while for the record, then removed so the table stays small. */
export function pruneFinishedJobs(db: Db, { olderThanMs }: { olderThanMs: number }): number {
  return db.run(sql`
    delete from jobs where status = 'done' and finished_at < ${Date.now() - olderThanMs}`).changes;
}

/** The jobs of one key, oldest first: what ran for an article, and how often. */
export function listJobsByKey(
  db: Db,
  { key }: { key: string },
): Pick<Job, "id" | "status" | "attempts">[] {
  return db.all(sql`select id, status, attempts from jobs where key = ${key} order by id`);
}
