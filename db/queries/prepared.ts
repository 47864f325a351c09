import type Database from "better-sqlite3";
import type { DbOrTx } from "./audit";

/**
 * A query built once per connection and then reused with placeholders. Drizzle builds the SQL text of a
 * query anew on every call, and for a select with joins and aliases that costs milliseconds, many times
 * what SQLite takes to answer it from an index; the queries every page view and every write run are
 * built here once (`sql.placeholder`) and only executed after that. Keyed by the connection, so a
 * test's or a script's own database gets its own statements.
 */
export function preparedQuery<Q>(build: (db: DbOrTx) => Q): (db: DbOrTx) => Q {
  // Keyed by the connection, not the object: every transaction hands its work a new `tx`, and a query
  // keyed by that was built again in each one (an import's transaction built the suggestion reads anew
  // for every article). A query prepared through `tx` or `db` is the same statement on the same client.
  const byClient = new WeakMap<Database.Database, Q>();
  return (db) => {
    const client = clientOf(db);
    let query = byClient.get(client);
    if (query === undefined) {
      query = build(db);
      byClient.set(client, query);
    }
    return query;
  };
}

/** The better-sqlite3 connection behind a database or a transaction (a transaction's session is its
 * database's). */
const clientOf = (db: DbOrTx) =>
  (db as unknown as { session: { client: Database.Database } }).session.client;

/**
 * Raw SQL prepared once per connection, for the statements the job worker runs for every article (drizzle
 * builds a raw `sql` template's text anew and SQLite compiles it again on every call). A transaction runs
 * on its database's one connection, whose client its session holds, so the statement serves both.
 */
export function preparedStatement(text: string): (db: DbOrTx) => Database.Statement {
  const byClient = new WeakMap<Database.Database, Database.Statement>();
  return (db) => {
    const client = clientOf(db);
    let statement = byClient.get(client);
    if (statement === undefined) {
      statement = client.prepare(text);
      byClient.set(client, statement);
    }
    return statement;
  };
}
