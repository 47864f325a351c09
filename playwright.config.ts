import { defineConfig, devices } from "@playwright/test";
import { E2E_DB, E2E_PORT, FIXTURE_PORT } from "./e2e/env";

export default defineConfig({
  testDir: "./e2e",
  // One server and one database: specs run one at a time so they never race on shared rows.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  // Generous: the machines CI runs on are shared, and sign-ins use a deliberately slow password hash.
  timeout: 90_000,
  expect: { timeout: 20_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  webServer: [
    {
      command: `npx tsx tests/fixtures/news-server.ts --port ${FIXTURE_PORT}`,
      url: `http://127.0.0.1:${FIXTURE_PORT}/articles/ready`,
      timeout: 30_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
    },
    {
      command: "npx tsx e2e/serve.ts",
      url: `http://127.0.0.1:${E2E_PORT}/login`,
      // Migrating and seeding (three scrypt hashes, the seed's background jobs) on a busy shared machine.
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
      // Import by URL and feeds may fetch the fixture server, which is on the loopback address.
      env: {
        DATABASE_FILE: E2E_DB,
        PORT: String(E2E_PORT),
        TALLY_FETCH_ALLOW: "127.0.0.1",
        TALLY_FEED_TICK_SECONDS: "2",
      },
    },
  ],
});
