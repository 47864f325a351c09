import path from "node:path";

/** Every e2e run starts from this file, deleted, migrated and seeded afresh by e2e/serve.ts. */
export const E2E_DB = path.join(process.cwd(), ".tmp", "e2e.db");
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3107);
export const DEMO_PASSWORD = "tally-demo";
