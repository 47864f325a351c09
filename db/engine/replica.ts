import type pg from "pg";
import type { WriteMark } from "./types";

/**
 * Read-your-writes with a streaming replica. A write's mark is the WAL position after its commit
 * (`pg_current_wal_insert_lsn()`, taken on the writer's connection once COMMIT returned, so the commit
 * record lies before it). A stale-tolerant read carrying its user's last mark goes to the replica only
 * when the replica has replayed at least that far; otherwise to the primary. So a user always sees their
 * own change, whichever app server they reach, while everyone else's lists and searches stay on the
 * replica. A replica that cannot answer sends the read to the primary: a replica down is slower, not an outage.
 */
export async function writeMark(client: pg.PoolClient): Promise<WriteMark> {
  const { rows } = await client.query<{ lsn: string }>(
    "select pg_current_wal_insert_lsn()::text as lsn",
  );
  return rows[0]!.lsn;
}

export async function replicaHas(replica: pg.Pool, mark: WriteMark): Promise<boolean> {
  try {
    const { rows } = await replica.query<{ fresh: boolean | null }>(
      "select pg_last_wal_replay_lsn() >= $1::pg_lsn as fresh",
      [mark],
    );
    // null: not a standby (no replay position), so nothing to trust.
    return rows[0]?.fresh === true;
  } catch {
    return false;
  }
}

/** Where a stale-tolerant read goes: the replica, unless the caller's own last write may not be there yet. */
export async function routeStaleRead(
  replica: pg.Pool,
  mark: WriteMark | null | undefined,
): Promise<"replica" | "primary"> {
  if (!mark) return (await replicaAnswers(replica)) ? "replica" : "primary";
  return (await replicaHas(replica, mark)) ? "replica" : "primary";
}

async function replicaAnswers(replica: pg.Pool): Promise<boolean> {
  try {
    await replica.query("select 1");
    return true;
  } catch {
    return false;
  }
}
