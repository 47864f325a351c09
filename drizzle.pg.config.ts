import { defineConfig } from "drizzle-kit";

// The PostgreSQL twin of drizzle.config.ts: `npm run db:generate:pg` after changing db/pg/schema.ts
// (which db/pg/schema-lockstep.test.ts keeps equal to db/schema.ts).
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/pg/schema.ts",
  out: "./db/pg/migrations",
  strict: true,
  verbose: false,
});
