import { request as playwrightRequest, type APIRequestContext, type Page } from "@playwright/test";
import { expect, signInAs, test } from "./fixtures";
import { pickPerson } from "./pages/person-picker";

/** API keys end to end: an admin makes keys on /admin/api-keys, the keys act with their owner's role,
 * and missing, unknown, revoked and wrong-role keys are refused with 401/403 and a JSON message. */
test.describe.configure({ mode: "serial" });

let api: APIRequestContext;
const keys: { checker?: string; admin?: string; adminRead?: string } = {};
const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });

test.beforeAll(async ({ baseURL }) => {
  api = await playwrightRequest.newContext({ baseURL });
});
test.afterAll(async () => {
  await api.dispose();
});

async function createKey(
  page: Page,
  name: string,
  owner: RegExp,
  scope: "Read" | "Read and write" = "Read and write",
): Promise<string> {
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("May").selectOption({ label: scope });
  await page.getByLabel("Expires after").selectOption({ label: "30 days" });
  await pickPerson(page, "Acts as", owner.source.split(" ")[0]!, owner);
  await page.getByRole("button", { name: "Create key" }).click();
  const value = page.getByLabel("New API key value");
  await expect(value).toHaveValue(/^tly_/);
  const status = page.getByRole("form", { name: "New API key" }).getByRole("status");
  await expect(status).toContainText(name);
  await expect(status).toContainText("it works until");
  return value.inputValue();
}

test("an admin creates keys that are shown once", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/admin/api-keys");
  await expect(page.getByRole("heading", { name: "API keys" })).toBeVisible();
  await page.getByRole("button", { name: "Create key" }).click();
  const form = page.getByRole("form", { name: "New API key" });
  // Each error once, beside its field: the form's own message does not repeat it.
  await expect(form.getByRole("alert").filter({ hasText: "Give the key a name" })).toHaveCount(1);
  await expect(page.getByLabel("Name")).toBeFocused();

  keys.checker = await createKey(page, "Checker integration", /Cleo Checker/);
  keys.admin = await createKey(page, "Admin integration", /Ada Admin/);
  keys.adminRead = await createKey(page, "Admin dashboard", /Ada Admin/, "Read");
  const table = page.getByRole("table", { name: "API keys" });
  await expect(table.getByRole("row", { name: /Checker integration/ })).toContainText(
    keys.checker.slice(0, 10),
  );
  // Scope and expiry are shown for every key.
  await expect(table.getByRole("row", { name: /Admin dashboard/ })).toContainText("Read");
  await expect(table.getByRole("row", { name: /Admin integration/ })).toContainText(
    "Read and write",
  );

  await page.reload();
  await expect(page.getByLabel("New API key value")).toHaveCount(0);
  expect(await page.content()).not.toContain(keys.checker);
});

test("no key or an unknown key gets 401", async () => {
  const none = await api.get("/api/v1/claims");
  expect(none.status()).toBe(401);
  expect(await none.json()).toMatchObject({ error: "Sign in first." });
  const unknown = await api.get("/api/v1/claims", { headers: bearer("tly_not-a-real-key-at-all") });
  expect(unknown.status()).toBe(401);
  expect(await unknown.json()).toMatchObject({ error: "This API key is not known to Tally." });
});

test("a read-only key reads, and is refused any write with a message that says why", async () => {
  expect(
    (await api.get("/api/v1/articles?limit=1", { headers: bearer(keys.adminRead!) })).status(),
  ).toBe(200);
  const write = await api.post("/api/v1/articles", {
    headers: bearer(keys.adminRead!),
    data: { title: "x", body: "12 things" },
  });
  expect(write.status()).toBe(403);
  expect(await write.json()).toMatchObject({
    error: "This API key may only read; changing data needs a read-and-write key.",
  });
});

test("a body must be exactly JSON, and one over the limit is refused as it arrives", async ({
  baseURL,
}) => {
  const sneaky = await api.post("/api/v1/articles", {
    headers: { ...bearer(keys.admin!), "Content-Type": "text/plain; application/json" },
    data: Buffer.from(JSON.stringify({ title: "x", body: "12 things" })),
  });
  expect(sneaky.status()).toBe(415);
  expect(((await sneaky.json()) as { error: string }).error).toContain(
    "Content-Type: application/json",
  );
  // No Content-Length to go by (a chunked stream, as Node's fetch sends it): the server counts the
  // bytes as they arrive and stops at the limit (6 MB here), without reading the rest.
  const megabyte = new Uint8Array(1_000_000).fill(0x20);
  const chunks = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i < 8; i++) controller.enqueue(megabyte);
      controller.close();
    },
  });
  const huge = await fetch(`${baseURL}/api/v1/articles`, {
    method: "POST",
    headers: { ...bearer(keys.admin!), "Content-Type": "application/json" },
    body: chunks,
    duplex: "half",
  } as RequestInit);
  expect(huge.status).toBe(413);
  expect(((await huge.json()) as { error: string }).error).toMatch(/larger than the .* limit/);
});

test("a signed-in browser session writes only from Tally's own pages", async ({
  page,
  baseURL,
}) => {
  await signInAs(page, "admin");
  const body = { title: "Cross-site", body: "Police said 12 people were hurt." };
  const noOrigin = await page.request.post("/api/v1/articles", { data: body });
  expect(noOrigin.status()).toBe(403);
  expect(((await noOrigin.json()) as { error: string }).error).toContain("Tally's own pages");
  const crossSite = await page.request.post("/api/v1/articles", {
    data: body,
    headers: { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" },
  });
  expect(crossSite.status()).toBe(403);
  const fromEvilOrigin = await page.request.post("/api/import", {
    data: [body],
    headers: { Origin: "https://evil.example" },
  });
  expect(fromEvilOrigin.status()).toBe(403);
  // The same call from the app's own origin passes the check (and is refused only for its content).
  const sameOrigin = await page.request.post("/api/v1/articles", {
    data: { title: "No body" },
    headers: { Origin: baseURL! },
  });
  expect(sameOrigin.status()).toBe(400);
});

test("a checker's key reads but may not import", async () => {
  const list = await api.get("/api/v1/claims?limit=3", { headers: bearer(keys.checker!) });
  expect(list.status()).toBe(200);
  const body = (await list.json()) as {
    claims: { id: number; article: { id: number } }[];
    nextCursor: number | null;
  };
  expect(body.claims).toHaveLength(3);
  expect(body.nextCursor).toBe(body.claims[2]!.id);
  const next = (await (
    await api.get(`/api/v1/claims?limit=3&cursor=${body.nextCursor}`, {
      headers: bearer(keys.checker!),
    })
  ).json()) as typeof body;
  expect(next.claims[0]!.id).toBeGreaterThan(body.nextCursor!);

  const detail = await api.get(`/api/v1/claims/${body.claims[0]!.id}`, {
    headers: bearer(keys.checker!),
  });
  expect(((await detail.json()) as { claim: { notes: unknown[] } }).claim.notes).toEqual([]);

  const denied = await api.post("/api/v1/articles", {
    headers: bearer(keys.checker!),
    data: { title: "x", body: "12 things" },
  });
  expect(denied.status()).toBe(403);
  expect(await denied.json()).toMatchObject({ error: "Your role (checker) may not do this." });
});

test("filters are validated with specific messages", async () => {
  const bad = await api.get("/api/v1/claims?status=wrong", { headers: bearer(keys.checker!) });
  expect(bad.status()).toBe(400);
  expect(((await bad.json()) as { error: string }).error).toBe(
    "status: status must be one of: unchecked, verified, disputed, decided",
  );
  const typo = await api.get("/api/v1/articles?outlett=BBC", { headers: bearer(keys.checker!) });
  expect(typo.status()).toBe(400);
  expect(((await typo.json()) as { error: string }).error).toContain('"outlett"');
  const missing = await api.get("/api/v1/articles/999999", { headers: bearer(keys.checker!) });
  expect(missing.status()).toBe(404);
  expect(await missing.json()).toMatchObject({ error: "There is no article 999999." });
});

test("an admin's key imports an article through the import path", async () => {
  const article = {
    title: "API import",
    outlet: "Wire",
    body: `The agency reported ${Date.now() % 1000} new cases and a 7% rise in admissions.`,
  };
  const created = await api.post("/api/v1/articles", {
    headers: bearer(keys.admin!),
    data: article,
  });
  expect(created.status()).toBe(201);
  const outcome = (await created.json()) as {
    status: string;
    articleId: number;
    claimCount: number;
  };
  expect(outcome.status).toBe("created");
  expect(outcome.claimCount).toBeGreaterThan(0);
  const again = await api.post("/api/v1/articles", { headers: bearer(keys.admin!), data: article });
  expect(((await again.json()) as { status: string }).status).toBe("duplicate");

  const read = (await (
    await api.get(`/api/v1/articles/${outcome.articleId}`, { headers: bearer(keys.checker!) })
  ).json()) as {
    article: { title: string; outlet: string };
    claims: unknown[];
  };
  expect(read.article).toMatchObject({ title: "API import", outlet: "Wire" });
  expect(read.claims).toHaveLength(outcome.claimCount);

  const invalid = await api.post("/api/v1/articles", {
    headers: bearer(keys.admin!),
    data: { title: "No body" },
  });
  expect(invalid.status()).toBe(400);
  expect(await invalid.json()).toMatchObject({ error: "body: An article needs a body or html." });
  const notJson = await api.post("/api/v1/articles", {
    headers: { ...bearer(keys.admin!), "Content-Type": "application/json" },
    data: Buffer.from("{oops"),
  });
  expect(notJson.status()).toBe(400);
  expect(((await notJson.json()) as { error: string }).error).toMatch(
    /^The body is not valid JSON/,
  );
});

test("an admin's key takes Tally's own annotation export back without duplicating claims", async () => {
  const list = (await (
    await api.get("/api/v1/articles?limit=1", { headers: bearer(keys.admin!) })
  ).json()) as { articles: { id: number; claimCount: number }[] };
  const article = list.articles[0]!;
  const exported = await (
    await api.get(`/api/v1/articles/${article.id}/annotations?limit=500`, {
      headers: bearer(keys.admin!),
    })
  ).json();
  const byChecker = await api.post("/api/v1/annotations/import", {
    headers: bearer(keys.checker!),
    data: exported,
  });
  expect(byChecker.status()).toBe(403);
  const imported = await api.post("/api/v1/annotations/import", {
    headers: bearer(keys.admin!),
    data: exported,
  });
  expect(imported.status()).toBe(200);
  expect(await imported.json()).toMatchObject({
    articlesCreated: 0,
    claimsCreated: 0,
    claimsKept: article.claimCount,
    problems: [],
  });
  const refused = await api.post("/api/v1/annotations/import", {
    headers: bearer(keys.admin!),
    data: { type: "AnnotationPage" },
  });
  expect(refused.status()).toBe(400);
  expect(((await refused.json()) as { error: string }).error).toContain("(items: ");
});

test("a revoked key stops working at once", async ({ page }) => {
  expect((await api.get("/api/v1/articles", { headers: bearer(keys.checker!) })).status()).toBe(
    200,
  );
  await signInAs(page, "admin");
  await page.goto("/admin/api-keys");
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Revoke Checker integration" }).click();
  await expect(page.getByRole("row", { name: /Checker integration/ })).toContainText("Revoked");
  const revoked = await api.get("/api/v1/articles", { headers: bearer(keys.checker!) });
  expect(revoked.status()).toBe(401);
  expect(await revoked.json()).toMatchObject({
    error: "This API key was revoked; ask an admin for a new one.",
  });
  // The other key is untouched.
  expect((await api.get("/api/v1/articles", { headers: bearer(keys.admin!) })).status()).toBe(200);
});

test("non-admins cannot open the API keys page", async ({ page }) => {
  await signInAs(page, "editor");
  const response = await page.goto("/admin/api-keys");
  expect(response?.status()).toBe(403);
});
