import { z } from "zod";
import { parseDatabaseUrl } from "./database-url";

// The one place the environment is read. Parsed lazily so `next build` never needs runtime settings.
const envSchema = z.object({
  DATABASE_FILE: z.string().min(1).default("data/tally.db"),
  /** The engine and the database (lib/database-url.ts): `file:…` for SQLite, `postgres://…` for
   * PostgreSQL (only db:migrate and db:copy so far); unset: DATABASE_FILE. */
  DATABASE_URL: z.string().min(1).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  TALLY_PUBLIC_CLAIMS: z.enum(["0", "1"]).optional(),
  /** "0": the server does not run background jobs (a separate `npm run worker` does). */
  TALLY_WORKER: z.enum(["0", "1"]).default("1"),
  /** How long a worker holds a job before another may take it over (it died). */
  TALLY_JOB_LEASE_MS: z.coerce.number().int().min(100).max(3_600_000).default(60_000),
  /** Reverse proxies of our own in front of Tally: 0 trusts no X-Forwarded-For (the socket's peer is the
   * client), 1 trusts the entry the one proxy appends, and so on. Too high lets clients pick their address. */
  TRUSTED_PROXY_HOPS: z.coerce
    .number()
    .int("TRUSTED_PROXY_HOPS must be a whole number")
    .min(0)
    .max(10)
    .default(0),
  /** Where `npm start` listens (127.0.0.1 keeps it private behind a proxy on the same machine). */
  TALLY_HOST: z.string().min(1).optional(),
  /** Hosts, IP addresses or CIDR ranges (comma separated) that import by URL and feeds may fetch
   * although they are private, loopback or link-local: an intranet news site, or the test fixtures. */
  TALLY_FETCH_ALLOW: z.string().max(4000).optional(),
  /** How often the server looks for due feeds, in seconds; 0 turns feed reading off. */
  TALLY_FEED_TICK_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
});
export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  const target = parsed.data.DATABASE_URL ? parseDatabaseUrl(parsed.data.DATABASE_URL) : null;
  // A file: URL names the SQLite file: every reader of DATABASE_FILE then sees the same file.
  cached =
    target?.engine === "sqlite" ? { ...parsed.data, DATABASE_FILE: target.file } : parsed.data;
  return cached;
}
