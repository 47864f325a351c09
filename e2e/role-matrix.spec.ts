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
import type { Actor, MatrixContext, MatrixEntry, Observed, Outcome } from "./matrix/types";

/**
 * Every mutation (server action or route handler) is driven, against the real server and database, as
 * anonymous, checker, editor, admin and a disabled user, and every route also with Bearer keys (one per
 * role, revoked, expired, read-only, of a disabled owner). Each cell must be allowed, 401 or 403, where
 * "allowed" is the call's own success or its refusal after the gate (400/404/409/422): a 5xx, or any
 * other status, fails the cell. Features add their mutations as `entries` in e2e/matrix/<feature>.ts.
 */
const matrixDir = path.join(__dirname, "matrix");
const ENTRIES: MatrixEntry[] = fs
  .readdirSync(matrixDir)
  .filter((f) => f.endsWith(".ts") && f !== "types.ts")
  .sort()
  .flatMap((f) => (require(path.join(matrixDir, f)) as { entries: MatrixEntry[] }).entries);

const COOKIE_ACTORS: Actor[] = ["anonymous", "checker", "editor", "admin", "disabled"];
const KEY_ACTORS: Actor[] = [
  "key:checker",
  "key:editor",
  "key:admin",
  "key:revoked",
  "key:expired",
  "key:read-only",
  "key:disabled-owner",
];
const RANK: Record<Role, number> = { checker: 1, editor: 2, admin: 3 };
const BASE = `http://127.0.0.1:${E2E_PORT}`;
const DAY = 24 * 60 * 60 * 1000;

function expected(actor: Actor, minRole: Role, write: boolean): Outcome {
  switch (actor) {
    case "anonymous":
    case "disabled":
    case "key:revoked":
    case "key:expired":
    case "key:disabled-owner":
      return 401;
    // An admin's key that may only read: reads pass, every write is refused for its scope.
    case "key:read-only":
      return write ? 403 : "allowed";
    default: {
      const role = (actor.startsWith("key:") ? actor.slice(4) : actor) as Role;
      return RANK[role] >= RANK[minRole] ? "allowed" : 403;
    }
  }
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

/** Reads the outcome the way a user agent would: an HTTP status (routes), a status field (actions
 * answer as data), or a redirect to the sign-in page. Anything that is neither the gate's answer nor
 * the call's own success or domain refusal (a 5xx above all) is reported as itself, failing the cell. */
function outcome(httpStatus: number, location: string | undefined, body: string): Observed {
  if (httpStatus === 401 || httpStatus === 403) return httpStatus;
  if (httpStatus >= 300 && httpStatus < 400) return location?.includes("/login") ? 401 : "allowed";
  if (httpStatus === 200) {
    const match = /"status":(\d{3})\b/.exec(body);
    if (match) return judgeStatus(Number(match[1]), body);
    return "allowed";
  }
  return judgeStatus(httpStatus, body);
}

function judgeStatus(status: number, body: string): Observed {
  if (status === 401 || status === 403) return status;
  if ((status >= 200 && status < 300) || [400, 404, 409, 422].includes(status)) return "allowed";
  return `unexpected ${status}: ${body.slice(0, 160)}`;
}

let db: Database.Database;
const sessions = new Map<Actor, APIRequestContext>();
const keys = new Map<Actor, string>();
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
  const idOf = (email: string) =>
    (db.prepare("select id from users where email = ?").get(email) as { id: number }).id;
  const makeKey = (
    actor: Actor,
    ownerId: number,
    { scope = "write", expiresAt = Date.now() + DAY, revokedAt = null as number | null } = {},
  ) => {
    const key = generateApiKey();
    db.prepare(
      "insert into api_keys (name, prefix, key_hash, user_id, scope, expires_at, revoked_at) values (?, ?, ?, ?, ?, ?, ?)",
    ).run(`matrix ${actor}`, key.prefix, key.hash, ownerId, scope, expiresAt, revokedAt);
    keys.set(actor, key.key);
  };
  for (const role of ["checker", "editor", "admin"] as const)
    makeKey(`key:${role}`, idOf(`${role}@tally.test`));
  makeKey("key:revoked", idOf("admin@tally.test"), { revokedAt: Date.now() });
  makeKey("key:expired", idOf("admin@tally.test"), { expiresAt: Date.now() - DAY });
  makeKey("key:read-only", idOf("admin@tally.test"), { scope: "read" });
  const editorNoteId = (
    db
      .prepare(
        "insert into notes (claim_id, author_id, doc_json, plain_text) values (?, ?, ?, ?) returning id",
      )
      .get(
        claimIds[0],
        idOf("editor@tally.test"),
        JSON.stringify({
          type: "doc",
          content: [{ type: "paragraph", content: [{ type: "text", text: "editor's note" }] }],
        }),
        "editor's note",
      ) as { id: number }
  ).id;
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
    editorNoteId,
  };

  sessions.set("anonymous", await playwrightRequest.newContext({ baseURL: BASE }));
  for (const role of ["checker", "editor", "admin"] as const)
    sessions.set(role, await signedInRequest(`${role}@tally.test`));
  const disabledId = (
    insertUser.get("matrix-disabled@tally.test", "Disabled user", "admin", hash) as { id: number }
  ).id;
  sessions.set("disabled", await signedInRequest("matrix-disabled@tally.test"));
  makeKey("key:disabled-owner", disabledId);
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

async function callAs(actor: Actor, entry: MatrixEntry): Promise<Observed> {
  if (entry.kind === "action") {
    const api = sessions.get(actor)!;
    const ref = actions.get(`${entry.file}#${entry.exportedName}`);
    expect(ref, `action ${entry.file}#${entry.exportedName} is in the build`).toBeDefined();
    const res = await api.post(ref!.page, {
      headers: {
        "Next-Action": ref!.id,
        Accept: "text/x-component",
        "Content-Type": "text/plain;charset=UTF-8",
        Origin: BASE,
      },
      data: JSON.stringify(entry.args(ctx)),
      maxRedirects: 0,
    });
    return outcome(res.status(), res.headers()["location"], await res.text());
  }
  const key = keys.get(actor);
  const api = key ? sessions.get("anonymous")! : sessions.get(actor)!;
  const headers: Record<string, string> = {};
  if (key) headers["Authorization"] = `Bearer ${key}`;
  if (entry.body) {
    headers["Content-Type"] = "application/json";
    // As the app's own pages would send it: cookie-authenticated writes must name Tally's origin.
    if (!key) headers["Origin"] = BASE;
  }
  const res = await api.fetch(entry.path(ctx), {
    method: entry.method,
    data: entry.body ? JSON.stringify(entry.body(ctx)) : undefined,
    headers,
    maxRedirects: 0,
  });
  return outcome(res.status(), res.headers()["location"], await res.text());
}

for (const entry of ENTRIES) {
  test(`role matrix: ${entry.name}`, async () => {
    const results: string[] = [];
    const failures: string[] = [];
    const actors = entry.kind === "route" ? [...COOKIE_ACTORS, ...KEY_ACTORS] : COOKIE_ACTORS;
    const write = entry.kind === "action" || entry.method !== "GET";
    for (const actor of actors) {
      const got = await callAs(actor, entry);
      const want =
        (entry.kind === "action" ? entry.expect?.[actor] : undefined) ??
        expected(actor, entry.minRole, write);
      results.push(`${actor}: ${got}`);
      if (got !== want) failures.push(`${actor}: expected ${want}, got ${got}`);
    }
    expect(failures, `${entry.name} (${results.join(", ")})`).toEqual([]);
  });
}

test("a role downgrade mid-session takes effect on the very next request", async () => {
  const hash = await hashPassword(DEMO_PASSWORD);
  db.prepare("insert into users (email, name, role, password_hash) values (?, ?, ?, ?)").run(
    "matrix-downgraded@tally.test",
    "Downgraded editor",
    "editor",
    hash,
  );
  const session = await signedInRequest("matrix-downgraded@tally.test");
  const decide = ENTRIES.find(
    (e) => e.kind === "action" && e.exportedName === "upholdClaimDispute",
  );
  expect(decide, "the matrix has an editor-only action").toBeDefined();
  sessions.set("editor-to-be-checker" as Actor, session);
  try {
    expect(await callAs("editor-to-be-checker" as Actor, decide!)).toBe("allowed");
    // The admin's own action, as the users page sends it: the role changes and the session version moves.
    const user = db
      .prepare("select id, version from users where email = ?")
      .get("matrix-downgraded@tally.test") as { id: number; version: number };
    const change = ENTRIES.find((e) => e.kind === "action" && e.exportedName === "changeUserRole");
    expect(change).toBeDefined();
    const downgrade = {
      ...change!,
      args: () => [{ userId: user.id, version: user.version, role: "checker" }],
    };
    expect(await callAs("admin", downgrade as MatrixEntry)).toBe("allowed");
    expect(
      (db.prepare("select role from users where id = ?").get(user.id) as { role: string }).role,
    ).toBe("checker");
    // The editor's old cookie is refused outright (its session ended), not merely held to the new role.
    expect(await callAs("editor-to-be-checker" as Actor, decide!)).toBe(401);
  } finally {
    await session.dispose();
    sessions.delete("editor-to-be-checker" as Actor);
  }
});
