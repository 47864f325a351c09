// Lint for Tally: typed TypeScript rules, Next.js rules, drizzle's where-clause guards, and the layer
// boundaries of docs/architecture.md (drizzle only in db/, lib/ pure, no db/ in client components).
import tseslint from "typescript-eslint";
import nextPlugin from "@next/eslint-plugin-next";
import drizzle from "eslint-plugin-drizzle";
import { noDbInClient } from "./eslint/no-db-in-client.mjs";

const DB_DRIVERS = {
  group: ["drizzle-orm", "drizzle-orm/*", "better-sqlite3", "pg"],
  message: "Database code lives in db/ (queries and services); call those instead.",
};
// Types from db/queries (the shapes of rows) are erased at build time and may describe lib's inputs.
const DB_LAYER = {
  group: ["@/db", "@/db/*", "../db", "../db/*", "../../db/*"],
  allowTypeImports: true,
  message: "lib/ is pure (no database): move this code to db/, or pass the data in.",
};
const UPWARDS = {
  group: ["@/app/*", "@/components/*", "react", "react-dom", "next", "next/*"],
  message: "lib/ is pure: no React, no Next request, no app code.",
};

export default tseslint.config(
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "data/**",
      ".tmp/**",
      "test-results/**",
      "playwright-report/**",
      "bench-data/**",
      "next-env.d.ts",
      "db/migrations/**",
      "vitest.config.mts",
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: {
      "@next/next": nextPlugin,
      drizzle,
      tally: { rules: { "no-db-in-client": noDbInClient } },
    },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
      // For the pages/ router; in the App Router an <a> to an /api/ route is a download, not a page.
      "@next/next/no-html-link-for-pages": "off",
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "tally/no-db-in-client": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
      // Server actions and handlers are async by contract even when their body does not await.
      "@typescript-eslint/require-await": "off",
      // `void promise` marks a deliberate fire-and-forget (an event handler starting a save).
      "@typescript-eslint/no-floating-promises": ["error", { ignoreVoid: true }],
      "@typescript-eslint/no-misused-promises": [
        "error",
        { checksVoidReturn: { attributes: false } },
      ],
      // Template literals interpolate numbers everywhere (ids, counts); objects would still be caught.
      "@typescript-eslint/restrict-template-expressions": [
        "error",
        { allowNumber: true, allowBoolean: true, allowNullish: true },
      ],
    },
  },
  // One kind of write transaction: IMMEDIATE, so a write waits for another writer instead of failing
  // with "database is locked" (see db/write-transaction.ts). Tests and benches may set up data directly.
  {
    files: ["db/**/*.ts", "app/**/*.{ts,tsx}", "scripts/**/*.ts"],
    ignores: ["db/write-transaction.ts", "**/*.test.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.property.name='transaction']",
          message: "Start a write with writeTransaction(db, tx => ...) from db/write-transaction.",
        },
      ],
    },
  },
  // Drizzle and the SQLite driver only in db/ (and the tools around it).
  {
    files: ["**/*.{ts,tsx,mts,mjs}"],
    ignores: [
      "db/**",
      "scripts/**",
      "seeds/**",
      "bench/**",
      "tests/**",
      "e2e/**",
      "**/*.test.ts",
      "drizzle.config.ts",
    ],
    rules: {
      "@typescript-eslint/no-restricted-imports": ["error", { patterns: [DB_DRIVERS] }],
    },
  },
  // lib/ is pure: no database, no React, no request. Its tests may use the database through tests/.
  // (The adapter between Auth.js, the request and the users table lives in app/_lib/auth.ts and guards.ts.)
  {
    files: ["lib/**/*.{ts,tsx}"],
    ignores: ["lib/**/*.test.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { patterns: [DB_DRIVERS, DB_LAYER, UPWARDS] },
      ],
    },
  },
  // Components render; they do not query. Types from db/queries are the props' shapes.
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            DB_DRIVERS,
            {
              group: ["@/db", "@/db/*"],
              allowTypeImports: true,
              message: "Components do not query: the page loads the data and passes it in.",
            },
          ],
        },
      ],
    },
  },
  // Tests use asymmetric matchers (expect.any, expect.stringMatching), typed `any` by the test runner.
  {
    files: ["**/*.test.ts", "e2e/**", "tests/**"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      // The role matrix loads its entry files by name at run time.
      "@typescript-eslint/no-require-imports": "off",
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    ...tseslint.configs.disableTypeChecked,
  },
);
