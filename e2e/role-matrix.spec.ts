import fs from "node:fs";
import path from "node:path";
import {
  test,
  expect,
  request as playwrightRequest,
  type APIRequestContext,
} from "@playwright/test";
import type { Db } from "@/db";
import { listClaimsForArticle } from "@/db/queries/claims";
import { getUserById } from "@/db/queries/users";
import { createApiKey, revokeApiKey } from "@/db/services/api-keys";
import { importArticle } from "@/db/services/import-article";
import { addNote } from "@/db/services/notes";
import { setUserDisabled } from "@/db/services/users";
import type { ApiKeyScope, Role } from "@/lib/domain";
import { actorFor, addUser, decideClaim, openAppDb, userByEmail } from "./app-db";
import { E2E_PORT, DEMO_PASSWORD } from "./env";
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

let db: Db;
let closeDb: (() => void) | undefined;
const sessions = new Map<Actor, APIRequestContext>();
const keys = new Map<Actor, string>();
let ctx: MatrixContext;
let actions: Map<string, ActionRef>;

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

/** The matrix's own article: figures of its own (not a copy of a seed story, so searches and suggestions
 * over the seed find nothing new), imported through the import service like any other. */
function matrixArticleBody(): string {
  const sentences = Array.from(
    { length: 40 },
    (_, i) =>
      `Branch ${i + 1} of the county library lent ${210 + i * 13} books to ${30 + i} reading groups.`,
  );
  return Array.from({ length: 10 }, (_, p) => sentences.slice(p * 4, p * 4 + 4).join(" ")).join(
    "\n\n",
  );
}

test.beforeAll(async () => {
  ({ db, close: closeDb } = openAppDb());
  actions = loadActions();
  const admin = actorFor(db, "admin");
  // The matrix writes for real, so it works on an article of its own; it stays, as any imported article
  // does, and no other spec depends on how many articles there are.
  const imported = importArticle(
    db,
    { title: "Role-matrix fixture", outlet: "Matrix Wire", body: matrixArticleBody() },
    { actorId: admin.id },
  );
  if (imported.status !== "created" && imported.status !== "duplicate")
    throw new Error(`matrix article: ${JSON.stringify(imported)}`);
  const articleId = imported.articleId;
  const [decidedClaim, ...claimIds] = listClaimsForArticle(db, { articleId }).map((c) => c.id);
  if (decidedClaim === undefined || claimIds.length < 20)
    throw new Error("the matrix article needs a few dozen claims");
  decideClaim(db, decidedClaim, {
    verdict: "misleading",
    explanation: "Matrix: decided so that only editors may rework it.",
  });

  let nextClaim = 0;
  let userCount = 0;
  const makeKey = (
    actor: Actor,
    owner: number,
    { scope = "write", expiresInDays = 1 }: { scope?: ApiKeyScope; expiresInDays?: number } = {},
  ) => {
    const key = createApiKey(db, admin, {
      name: `matrix ${actor}`,
      userId: owner,
      scope,
      expiresInDays,
    });
    keys.set(actor, key.key);
    return key;
  };
  for (const role of ["checker", "editor", "admin"] as const)
    makeKey(`key:${role}`, actorFor(db, role).id);
  revokeApiKey(db, admin, { id: makeKey("key:revoked", admin.id).id });
  // The action offers only a few lifetimes (API_KEY_LIFETIMES_DAYS); the service takes any, so a
  // lifetime of -1 day makes a key that expired yesterday without touching the clock.
  makeKey("key:expired", admin.id, { expiresInDays: -1 });
  makeKey("key:read-only", admin.id, { scope: "read" });
  const editorNote = addNote(db, actorFor(db, "editor"), {
    claimId: claimIds[0]!,
    doc: {
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "editor's note" }] }],
    },
  });
  ctx = {
    articleId,
    claimId: () => claimIds[nextClaim++ % claimIds.length]!,
    decidedClaimId: decidedClaim,
    userId: async () =>
      (
        await addUser(db, {
          email: `matrix-${Date.now()}-${userCount++}@tally.test`,
          name: "Matrix user",
          role: "checker",
        })
      ).id,
    editorNoteId: editorNote.noteId,
  };

  sessions.set("anonymous", await playwrightRequest.newContext({ baseURL: BASE }));
  for (const role of ["checker", "editor", "admin"] as const)
    sessions.set(role, await signedInRequest(`${role}@tally.test`));
  const disabled = await addUser(db, {
    email: "matrix-disabled@tally.test",
    name: "Disabled user",
    role: "admin",
  });
  sessions.set("disabled", await signedInRequest("matrix-disabled@tally.test"));
  makeKey("key:disabled-owner", disabled.id);
  // Disabled by an admin after signing in, as the users page does it: the old cookie and the key must
  // both be refused from the next request on.
  setUserDisabled(db, admin, {
    userId: disabled.id,
    version: userByEmail(db, "matrix-disabled@tally.test").version,
    disabled: true,
  });
});

test.afterAll(async () => {
  for (const s of sessions.values()) await s.dispose();
  closeDb?.();
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
      data: JSON.stringify(await entry.args(ctx)),
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
  await addUser(db, {
    email: "matrix-downgraded@tally.test",
    name: "Downgraded editor",
    role: "editor",
  });
  const session = await signedInRequest("matrix-downgraded@tally.test");
  const decide = ENTRIES.find(
    (e) => e.kind === "action" && e.exportedName === "upholdClaimDispute",
  );
  expect(decide, "the matrix has an editor-only action").toBeDefined();
  sessions.set("editor-to-be-checker" as Actor, session);
  try {
    expect(await callAs("editor-to-be-checker" as Actor, decide!)).toBe("allowed");
    // The admin's own action, as the users page sends it: the role changes and the session version moves.
    const user = userByEmail(db, "matrix-downgraded@tally.test");
    const change = ENTRIES.find((e) => e.kind === "action" && e.exportedName === "changeUserRole");
    expect(change).toBeDefined();
    const downgrade = {
      ...change!,
      args: () => [{ userId: user.id, version: user.version, role: "checker" }],
    };
    expect(await callAs("admin", downgrade as MatrixEntry)).toBe("allowed");
    expect(getUserById(db, { id: user.id })?.role).toBe("checker");
    // The editor's old cookie is refused outright (its session ended), not merely held to the new role.
    expect(await callAs("editor-to-be-checker" as Actor, decide!)).toBe(401);
  } finally {
    await session.dispose();
    sessions.delete("editor-to-be-checker" as Actor);
  }
});
