import { describe, expect, it } from "vitest";
import { databaseTarget, parseDatabaseUrl } from "./database-url";

describe("parseDatabaseUrl", () => {
  it("reads SQLite paths from file: URLs", () => {
    expect(parseDatabaseUrl("file:data/tally.db")).toEqual({
      engine: "sqlite",
      file: "data/tally.db",
    });
    expect(parseDatabaseUrl("file:///srv/tally.db")).toEqual({
      engine: "sqlite",
      file: "/srv/tally.db",
    });
    expect(parseDatabaseUrl("file:/srv/tally.db")).toEqual({
      engine: "sqlite",
      file: "/srv/tally.db",
    });
  });

  it("keeps PostgreSQL URLs whole", () => {
    const url = "postgresql://tally:secret@db:5432/tally?sslmode=require";
    expect(parseDatabaseUrl(url)).toEqual({ engine: "postgres", url });
    expect(parseDatabaseUrl("postgres://127.0.0.1/t").engine).toBe("postgres");
  });

  it("refuses anything else without echoing credentials", () => {
    expect(() => parseDatabaseUrl("mysql://root:pw@x/db")).toThrow(
      /file: or postgres:\/\/ \(got mysql:…\)/,
    );
    expect(() => parseDatabaseUrl("file:")).toThrow(/no file/);
  });

  it("falls back to DATABASE_FILE when DATABASE_URL is unset", () => {
    expect(databaseTarget({ DATABASE_FILE: "x.db" })).toEqual({ engine: "sqlite", file: "x.db" });
    expect(databaseTarget({ DATABASE_FILE: "x.db", DATABASE_URL: "file:y.db" })).toEqual({
      engine: "sqlite",
      file: "y.db",
    });
  });
});
