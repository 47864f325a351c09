import fs from "node:fs";
import Database from "better-sqlite3";
import { request as playwrightRequest } from "@playwright/test";
import { E2E_DB } from "./env";
import { loadMustAssertions } from "@/lib/export/w3c-suite";
import { expect, signInAs, test } from "./fixtures";

/** The editors' desk may not have landed: a decided claim is written straight into the database,
 * in an article whose sentence tries to break out of the JSON-LD script tag. */
const HOSTILE = "</script><script>alert(1)</script>";
const BODY = `Officials said the ${HOSTILE} scheme cost £2 million last year. A second sentence follows.`;
let claimId: number;
let articleId: number;

test.describe.configure({ mode: "serial" });

test.beforeAll(() => {
  const db = new Database(E2E_DB);
  db.pragma("busy_timeout = 5000");
  const editor = db.prepare("select id from users where email = 'editor@tally.test'").get() as {
    id: number;
  };
  const article = db
    .prepare(
      "insert into articles (title, outlet, url, published_at, body, body_hash) values (?, ?, ?, ?, ?, ?) returning id",
    )
    .get(
      "Scheme costs & <benefits>",
      "The Example Post",
      "https://post.example/scheme",
      "2024-05-01",
      BODY,
      `export-e2e-${Date.now()}`,
    ) as { id: number };
  const start = BODY.indexOf("£2 million");
  const end = start + "£2 million".length;
  const sentenceEnd = BODY.indexOf(". ") + 1;
  articleId = article.id;
  claimId = (
    db
      .prepare(
        `insert into claims (article_id, start, end, number_start, number_end, sentence_start, sentence_end, quote, prefix, suffix, value, kind, currency,
           status, verdict, decision_note, decided_by, decided_at)
         values (?, ?, ?, ?, ?, 0, ?, '£2 million', '', '', 2000000, 'money', 'GBP', 'decided', 'inaccurate', ?, ?, ?) returning id`,
      )
      .get(
        article.id,
        start,
        end,
        start,
        end,
        sentenceEnd,
        `The budget shows £1.2 million. ${HOSTILE}`,
        editor.id,
        Date.UTC(2024, 4, 3),
      ) as { id: number }
  ).id;
  db.close();
});

test.afterAll(() => {
  // Specs share one database: leave the article list as the seed made it for the specs that count it.
  const db = new Database(E2E_DB);
  db.pragma("foreign_keys = ON");
  db.prepare("delete from articles where id = ?").run(articleId);
  db.close();
});

function ldJsonBlocks(html: string): string[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (m) => m[1]!,
  );
}

test("a decided claim's page shows the claim and carries a complete ClaimReview", async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await signInAs(page, "checker");
  const response = await page.goto(`/c/${claimId}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId("verdict")).toHaveText("Inaccurate");
  await expect(page.getByTestId("claim-sentence")).toHaveText(
    `Officials said the ${HOSTILE} scheme cost £2 million last year.`,
  );
  await expect(page.getByText(`The budget shows £1.2 million. ${HOSTILE}`)).toBeVisible();
  await expect(page.getByRole("link", { name: "Scheme costs & <benefits>" })).toHaveAttribute(
    "href",
    "https://post.example/scheme",
  );

  // The raw HTML, as a crawler reads it: exactly one block, and it is whole JSON.
  const blocks = ldJsonBlocks(await response!.text());
  expect(blocks).toHaveLength(1);
  expect(blocks[0]).not.toContain("<");
  const review = JSON.parse(blocks[0]!) as Record<string, unknown>;
  expect(review).toMatchObject({
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: expect.stringMatching(new RegExp(`/c/${claimId}$`)),
    claimReviewed: `Officials said the ${HOSTILE} scheme cost £2 million last year.`,
    author: { "@type": "Organization", name: "Tally newsroom" },
    datePublished: "2024-05-03",
    reviewRating: {
      "@type": "Rating",
      ratingValue: 1,
      bestRating: 5,
      worstRating: 1,
      alternateName: "Inaccurate",
    },
    itemReviewed: {
      "@type": "Claim",
      author: { "@type": "Organization", name: "The Example Post" },
      datePublished: "2024-05-01",
      appearance: {
        "@type": "CreativeWork",
        url: "https://post.example/scheme",
        headline: "Scheme costs & <benefits>",
      },
    },
  });
  expect(dialogs).toEqual([]);
});

test("claims that are not decided have no page", async ({ page }) => {
  const db = new Database(E2E_DB, { readonly: true });
  const undecided = db.prepare("select id from claims where status <> 'decided' limit 1").get() as {
    id: number;
  };
  db.close();
  await signInAs(page, "checker");
  expect((await page.goto(`/c/${undecided.id}`))?.status()).toBe(404);
});

test("decided claims are public only while an admin says so", async ({ page, baseURL }) => {
  const anonymous = await playwrightRequest.newContext({ baseURL });
  const closed = await anonymous.get(`/c/${claimId}`, { maxRedirects: 0 });
  expect(closed.status()).toBe(307);
  expect(closed.headers()["location"]).toContain(
    `/login?next=${encodeURIComponent(`/c/${claimId}`)}`,
  );

  await signInAs(page, "admin");
  await page.goto("/admin/settings");
  const toggle = page.getByLabel("Anyone with the link can read decided claims");
  await expect(toggle).not.toBeChecked();
  await toggle.check();
  await expect(
    page.getByRole("region", { name: "Public fact-checks" }).getByRole("status"),
  ).toHaveText("Decided claims are now public.");
  const open = await anonymous.get(`/c/${claimId}`);
  expect(open.status()).toBe(200);
  expect(ldJsonBlocks(await open.text())).toHaveLength(1);

  await page.reload();
  await expect(toggle).toBeChecked();
  await toggle.uncheck();
  await expect(
    page.getByRole("region", { name: "Public fact-checks" }).getByRole("status"),
  ).toHaveText("Decided claims are now for signed-in users only.");
  expect((await anonymous.get(`/c/${claimId}`, { maxRedirects: 0 })).status()).toBe(307);
  await anonymous.dispose();
});

test("the export page downloads a spreadsheet-safe CSV", async ({ page }) => {
  await signInAs(page, "checker");
  await page.getByRole("link", { name: "Export" }).click();
  await expect(page.getByRole("heading", { name: "Export" })).toBeVisible();
  await expect(
    page.getByRole("table", { name: "Decided claims" }).getByRole("link", { name: "£2 million" }),
  ).toHaveAttribute("href", `/c/${claimId}`);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download claims (CSV)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^tally-claims-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = fs.readFileSync(await download.path(), "utf8");
  expect(
    csv.startsWith(
      "\uFEFFclaim id,article,outlet,article url,quote,value,unit,qualifier,change,from,status,verdict,sources,links\r\n",
    ),
  ).toBe(true);
  expect(csv).toContain(
    `${claimId},Scheme costs & <benefits>,The Example Post,https://post.example/scheme,£2 million,2000000,GBP,exact,,,decided,Inaccurate,,\r\n`,
  );
});

test("the annotation collection is served as JSON-LD to a signed-in user", async ({ page }) => {
  await signInAs(page, "checker");
  const response = await page.request.get("/api/v1/annotations?limit=2");
  expect(response.headers()["content-type"]).toContain("application/ld+json");
  const collection = (await response.json()) as {
    type: string;
    total: number;
    first: { items: { type: string }[]; next: string };
  };
  expect(collection.type).toBe("AnnotationCollection");
  expect(collection.first.items).toHaveLength(2);
  const next = (await (await page.request.get(collection.first.next)).json()) as {
    type: string;
    items: unknown[];
  };
  expect(next.type).toBe("AnnotationPage");
  expect(next.items).toHaveLength(2);
});

test("every annotation the server exports passes the W3C MUST assertions", async ({ page }) => {
  await signInAs(page, "checker");
  const assertions = loadMustAssertions();
  const failures: string[] = [];
  let count = 0;
  let url: string | undefined = "/api/v1/annotations?limit=500";
  while (url) {
    const body = (await (await page.request.get(url)).json()) as {
      type: string;
      first?: { items: { id: string }[]; next?: string };
      items?: { id: string }[];
      next?: string;
    };
    const pageDoc =
      body.type === "AnnotationCollection"
        ? body.first!
        : (body as { items: { id: string }[]; next?: string });
    for (const annotation of pageDoc.items) {
      count++;
      for (const assertion of assertions)
        if (!assertion.validate(annotation)) failures.push(`${annotation.id}: ${assertion.file}`);
    }
    url = pageDoc.next;
  }
  expect(count).toBeGreaterThan(20);
  expect(failures).toEqual([]);
});
