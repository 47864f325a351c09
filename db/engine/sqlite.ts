import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import * as schema from "../schema";
import type { Db } from "../index";
import { asWrite, refuseNestedWrite } from "./nested-write";
import { singleWriter } from "./single-writer";
import { sqliteRunner } from "./sqlite-runner";
import type { Engine, SqlRunner } from "./types";

/**
 * The SQLite engine over an open, migrated connection (db/index.ts opens it). Writes take turns on it
 * (db/engine/single-writer.ts). Reads outside a transaction go to a second, read-only connection on the
 * same file: WAL lets it read beside the writer, and it never sees a write's uncommitted rows. An
 * in-memory database has one connection only, so its reads take a turn in the queue instead.
 */
export function sqliteEngine(db: Db, sqlite: Database.Database): Engine {
  const writer = singleWriter(sqlite);
  const runner = sqliteRunner(db);
  let readConnection: Database.Database | null = null;
  let reads: SqlRunner;
  if (sqlite.memory) {
    reads = {
      all: (query) => writer.turn(() => runner.all(query)),
      get: (query) => writer.turn(() => runner.get(query)),
      run: (query) => writer.turn(() => runner.run(query)),
    };
  } else {
    readConnection = new Database(sqlite.name, { readonly: true });
    readConnection.pragma("busy_timeout = 5000");
    reads = sqliteRunner(drizzle(readConnection, { schema }));
  }
  return {
    kind: "sqlite",
    async write(work) {
      refuseNestedWrite();
      const value = await writer.writeInTurn(() => asWrite(() => work(runner)));
      // One file, no replica: nothing for a later read to wait for.
      return { value, mark: null };
    },
    reader: () => Promise.resolve(reads),
    close: async () => {
      readConnection?.close();
    },
  };
}
