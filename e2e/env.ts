import path from "node:path";

/** Each run serves on its own port with its own database file (deleted, migrated and seeded afresh by
 * e2e/serve.ts), so two checkouts can run their suites side by side. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3107);
export const E2E_DB = path.join(process.cwd(), ".tmp", `e2e-${E2E_PORT}.db`);
export const DEMO_PASSWORD = "tally-demo";
/** The news fixture server (tests/fixtures/news-server.ts) for import by URL and feeds, on 127.0.0.1. */
export const FIXTURE_PORT = E2E_PORT + 1000;
export const FIXTURE_ORIGIN = `http://127.0.0.1:${FIXTURE_PORT}`;
