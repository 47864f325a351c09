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
};
const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
execFileSync(tsx, ["db/migrate-cli.ts"], { env, stdio: "inherit" });
execFileSync(tsx, ["seeds/seed.ts"], { env, stdio: "inherit" });
const next = spawn(
  process.execPath,
  [require.resolve("next/dist/bin/next"), "start", "-p", String(E2E_PORT), "-H", "127.0.0.1"],
  {
    env: { ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "inherit",
  },
);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => next.kill(signal));
next.on("exit", (code) => process.exit(code ?? 0));
