import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import {
  test,
  expect,
  request as playwrightRequest,
  type APIRequestContext,
} from "@playwright/test";
import type { Role } from "@/lib/domain";
import { hashPassword } from "@/lib/auth/password";
import { generateApiKey } from "@/lib/auth/api-keys";
import { E2E_DB, E2E_PORT, DEMO_PASSWORD } from "./env";
import type { MatrixContext, MatrixEntry } from "./matrix/types";

/**
 * Every mutation (server action or route handler) is driven, against the real server and database, as
 * anonymous, checker, editor, admin and a disabled user, and each cell must be allowed, 401 or 403.
 * Features add their mutations as `entries` in e2e/matrix/<feature>.ts; this file finds them all.
 */
const matrixDir = path.join(__dirname, "matrix");
const ENTRIES: MatrixEntry[] = fs
  .readdirSync(matrixDir)
  .filter((f) => f.endsWith(".ts") && f !== "types.ts")
  .sort()
  .flatMap((f) => (require(path.join(matrixDir, f)) as { entries: MatrixEntry[] }).entries);

type Actor = "anonymous" | Role | "disabled";
const ACTORS: Actor[] = ["anonymous", "checker", "editor", "admin", "disabled"];
const RANK: Record<Role, number> = { checker: 1, editor: 2, admin: 3 };
const BASE = `http://127.0.0.1:${E2E_PORT}`;

function expected(actor: Actor, minRole: Role): "allowed" | 401 | 403 {
  if (actor === "anonymous" || actor === "disabled") return 401;
  return RANK[actor] >= RANK[minRole] ? "allowed" : 403;
}

interface ActionRef {
  id: string;
  page: string;
}

/** Action ids come from the build, as the browser would get them. */
function loadActions(): Map<string, ActionRef> {
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  const manifest = JSON.parse(
    fs.readFileSync(path.join(distDir, "server", "server-reference-manifest.json"), "utf8"),
  ) as {
    node: Record<
      string,
      { workers: Record<string, unknown>; filename: string; exportedName: string }
    >;
  };
  const actions = new Map<string, ActionRef>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    const worker = Object.keys(entry.workers)[0] ?? "app/page";
    // "app/(app)/articles/[id]/page" → "/articles/1": any page that bundles the action can receive it.
    const page =
      worker
        .replace(/^app/, "")
        .replace(/\/page$/, "")
        .replace(/\/\([^)]+\)/g, "")
        .replace(/\[[^\]]+\]/g, "1") || "/";
    actions.set(`${entry.filename}#${entry.exportedName}`, { id, page });
  }
  return actions;
}

/** Reads the outcome the way a user agent would: a 401/403 status field (actions answer as data),
 * an HTTP status (routes), or a redirect to the sign-in page. */
function outcome(
  httpStatus: number,
  location: string | undefined,
  body: string,
): "allowed" | 401 | 403 {
  if (httpStatus === 401 || httpStatus === 403) return httpStatus;
  if (httpStatus >= 300 && httpStatus < 400 && location?.includes("/login")) return 401;
  const match = /"status":(401|403)\b/.exec(body);
  if (match) return Number(match[1]) as 401 | 403;
  return "allowed";
}

let db: Database.Database;
const sessions = new Map<Actor, APIRequestContext>();
let ctx: MatrixContext;
let actions: Map<string, ActionRef>;
let matrixArticleId: number | undefined;

let sessionsMade = 0;
async function signedInRequest(email: string): Promise<APIRequestContext> {
  sessionsMade++;
  const api = await playwrightRequest.newContext({ baseURL: BASE });
  // Auth.js's own endpoints: fetch the CSRF token, then post the credentials.
  const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await api.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password: DEMO_PASSWORD },
    headers: { "X-Forwarded-For": `10.9.${sessionsMade}.1` },
    maxRedirects: 0,
  });
  expect(res.status(), `sign-in for ${email}`).toBeLessThan(400);
  const session = await (await api.get("/api/auth/session")).json();
  expect(session?.user?.email, `session for ${email}`).toBe(email);
  return api;
}

test.beforeAll(async () => {
  db = new Database(E2E_DB);
  db.pragma("busy_timeout = 5000");
  actions = loadActions();
  // The matrix writes for real, so it works on an article of its own (a copy of a seed article and its
  // claims), removed afterwards: other specs find the seed articles as the seed left them.
  const article = db
    .prepare(
      `insert into articles (title, outlet, url, published_at, body, body_hash, removed_json)
       select 'Role-matrix fixture', outlet, null, published_at, body, 'matrix-' || hex(randomblob(8)), '[]'
       from articles order by id limit 1 returning id`,
    )
    .get() as { id: number };
  matrixArticleId = article.id;
  db.prepare(
    `insert into claims (article_id, start, "end", number_start, number_end, sentence_start, sentence_end, quote, prefix, suffix,
       value, low, high, kind, unit, currency, counted, qualifier, period, origin)
     select ?, start, "end", number_start, number_end, sentence_start, sentence_end, quote, prefix, suffix,
       value, low, high, kind, unit, currency, counted, qualifier, period, origin
     from claims where article_id = (select min(id) from articles) and deleted_at is null`,
  ).run(article.id);
  const claimIds = (
    db.prepare("select id from claims where article_id = ? order by id").all(article.id) as {
      id: number;
    }[]
  ).map((r) => r.id);
  let nextClaim = 0;
  let userCount = 0;
  const hash = await hashPassword(DEMO_PASSWORD);
  const insertUser = db.prepare(
    "insert into users (email, name, role, password_hash) values (?, ?, ?, ?) returning id",
  );
  const apiKeys: MatrixContext["apiKeys"] = {};
  for (const role of ["checker", "editor", "admin"] as const) {
    const owner = db.prepare("select id from users where email = ?").get(`${role}@tally.test`) as {
      id: number;
    };
    const key = generateApiKey();
    db.prepare("insert into api_keys (name, prefix, key_hash, user_id) values (?, ?, ?, ?)").run(
      `matrix ${role}`,
      key.prefix,
      key.hash,
      owner.id,
    );
    apiKeys[role] = key.key;
  }
  ctx = {
    articleId: article.id,
    claimId: () => claimIds[nextClaim++ % claimIds.length]!,
    userId: () =>
      (
        insertUser.get(
          `matrix-${Date.now()}-${userCount++}@tally.test`,
          "Matrix user",
          "checker",
          hash,
        ) as { id: number }
      ).id,
    apiKeys,
  };

  sessions.set("anonymous", await playwrightRequest.newContext({ baseURL: BASE }));
  for (const role of ["checker", "editor", "admin"] as const)
    sessions.set(role, await signedInRequest(`${role}@tally.test`));
  insertUser.get("matrix-disabled@tally.test", "Disabled user", "admin", hash);
  sessions.set("disabled", await signedInRequest("matrix-disabled@tally.test"));
  // Disabled after signing in: the session cookie is still valid, the guard must refuse it.
  db.prepare("update users set disabled_at = ? where email = ?").run(
    Date.now(),
    "matrix-disabled@tally.test",
  );
});

test.afterAll(async () => {
  for (const s of sessions.values()) await s.dispose();
  if (matrixArticleId !== undefined)
    db.prepare("delete from articles where id = ?").run(matrixArticleId);
  db?.close();
});

test("the matrix covers mutations", () => {
  expect(ENTRIES.length).toBeGreaterThan(0);
});

for (const entry of ENTRIES) {
  test(`role matrix: ${entry.name}`, async () => {
    const results: string[] = [];
    const failures: string[] = [];
    for (const actor of ACTORS) {
      const api = sessions.get(actor)!;
      let got: "allowed" | 401 | 403;
      if (entry.kind === "action") {
        const ref = actions.get(`${entry.file}#${entry.exportedName}`);
        expect(ref, `action ${entry.file}#${entry.exportedName} is in the build`).toBeDefined();
        const res = await api.post(ref!.page, {
          headers: {
            "Next-Action": ref!.id,
            Accept: "text/x-component",
            "Content-Type": "text/plain;charset=UTF-8",
          },
          data: JSON.stringify(entry.args(ctx)),
          maxRedirects: 0,
        });
        got = outcome(res.status(), res.headers()["location"], await res.text());
      } else {
        const res = await api.fetch(entry.path(ctx), {
          method: entry.method,
          data: entry.body ? JSON.stringify(entry.body(ctx)) : undefined,
          headers: entry.body ? { "Content-Type": "application/json" } : undefined,
          maxRedirects: 0,
        });
        got = outcome(res.status(), res.headers()["location"], await res.text());
      }
      const want = expected(actor, entry.minRole);
      results.push(`${actor}: ${got}`);
      if (got !== want) failures.push(`${actor}: expected ${want}, got ${got}`);
    }
    expect(failures, `${entry.name} (${results.join(", ")})`).toEqual([]);
  });
}
