import { drizzle } from "drizzle-orm/node-postgres";
import { openPg } from "../pg";
import * as schema from "../pg/schema";
import { asWrite, refuseNestedWrite } from "./nested-write";
import { pgRunner } from "./pg-runner";
import { routeStaleRead, writeMark } from "./replica";
import type { Engine } from "./types";

export interface PgEngineOptions {
  url: string;
  /** DATABASE_REPLICA_URL: a streaming replica for reads that may be stale. */
  replicaUrl?: string | null;
  max?: number;
}

/**
 * The PostgreSQL engine: a pool on the primary, and one on the replica when there is one. Each write
 * takes its own pooled connection for its transaction (READ COMMITTED, PostgreSQL's default): writers
 * run side by side, and the services' `where version = ?` checks refuse the second of two writers of the
 * same row, as on SQLite.
 */
export function pgEngine({ url, replicaUrl, max = 10 }: PgEngineOptions): Engine {
  const primary = openPg(url, { max });
  const replica = replicaUrl ? openPg(replicaUrl, { max }) : null;
  const primaryReads = pgRunner(primary.db);
  const replicaReads = replica ? pgRunner(replica.db) : null;
  return {
    kind: "postgres",
    async write(work) {
      refuseNestedWrite();
      const client = await primary.pool.connect();
      let broken: Error | undefined;
      try {
        await client.query("begin");
        let value;
        try {
          value = await asWrite(() => work(pgRunner(drizzle(client, { schema }))));
          await client.query("commit");
        } catch (error) {
          await client.query("rollback").catch((e: Error) => (broken = e));
          throw error;
        }
        return { value, mark: replica ? await writeMark(client) : null };
      } finally {
        // A connection whose rollback failed is in an unknown state: the pool drops it.
        client.release(broken);
      }
    },
    async reader(target, mark) {
      if (target === "primary" || !replica || !replicaReads) return primaryReads;
      return (await routeStaleRead(replica.pool, mark)) === "replica" ? replicaReads : primaryReads;
    },
    async close() {
      await Promise.all([primary.close(), replica?.close()]);
    },
  };
}
