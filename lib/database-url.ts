/** Which engine and where, from `DATABASE_URL` (issue #18): unset or `file:…` is SQLite (the default,
 * `DATABASE_FILE` when unset), `postgres://…` or `postgresql://…` is PostgreSQL. */
export type DatabaseTarget =
  { engine: "sqlite"; file: string } | { engine: "postgres"; url: string };

export function parseDatabaseUrl(url: string): DatabaseTarget {
  if (/^postgres(ql)?:\/\//i.test(url)) return { engine: "postgres", url };
  if (url.startsWith("file:")) {
    // file:data/tally.db (relative), file:/abs/tally.db and file:///abs/tally.db all name a path.
    const rest = url.slice("file:".length);
    const file = rest.startsWith("//") ? rest.slice(2) : rest;
    if (!file) throw new Error(`no file in ${url}`);
    return { engine: "sqlite", file };
  }
  throw new Error(`DATABASE_URL must start with file: or postgres:// (got ${url.split(":")[0]}:…)`);
}

/** The database a process uses: DATABASE_URL when set, else the SQLite file DATABASE_FILE. */
export function databaseTarget(env: {
  DATABASE_URL?: string;
  DATABASE_FILE: string;
}): DatabaseTarget {
  return env.DATABASE_URL
    ? parseDatabaseUrl(env.DATABASE_URL)
    : { engine: "sqlite", file: env.DATABASE_FILE };
}
