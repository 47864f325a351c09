import { execFileSync, spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { E2E_DB, E2E_PORT } from "./env";

// A fresh database for every run: delete, migrate and seed, then serve the production build.
fs.mkdirSync(path.dirname(E2E_DB), { recursive: true });
for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(E2E_DB + suffix, { force: true });
const env = {
  ...process.env,
  DATABASE_FILE: E2E_DB,
  PORT: String(E2E_PORT),
  AUTH_SECRET: crypto.randomBytes(32).toString("hex"),
  // Playwright stands in for one reverse proxy: the last X-Forwarded-For entry a test sends is the
  // address it "comes from", and anything further left is a client's forgery the server must ignore.
  TRUSTED_PROXY_HOPS: "1",
  TALLY_HOST: "127.0.0.1",
};
const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
execFileSync(tsx, ["db/migrate-cli.ts"], { env, stdio: "inherit" });
execFileSync(tsx, ["seeds/seed.ts"], { env, stdio: "inherit" });
const next = spawn(tsx, [path.join(process.cwd(), "scripts", "server.ts")], {
  env: { ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => next.kill(signal));
next.on("exit", (code) => process.exit(code ?? 0));
