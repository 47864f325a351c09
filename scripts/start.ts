import { spawn } from "node:child_process";
import path from "node:path";
import { closeDb, getDb } from "@/db";
import { env } from "@/lib/env";
import { resolveAuthSecret } from "@/lib/auth/secret";

/** `npm start`: refuse to run without a secret, apply pending migrations, then serve the build. */
try {
  resolveAuthSecret({ generate: false });
} catch (error) {
  console.error(`Tally cannot start: ${(error as Error).message}`);
  process.exit(1);
}
getDb();
closeDb();
const { PORT, DATABASE_FILE } = env();
console.log(`Tally: database ${DATABASE_FILE}, http://localhost:${PORT}`);
// The build is served by scripts/server.ts (Next's handler plus the trusted client address).
const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
const child = spawn(tsx, [path.join(process.cwd(), "scripts", "server.ts")], {
  stdio: "inherit",
  env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
