import fs from "node:fs";
import { request as playwrightRequest } from "@playwright/test";
import { listClaimsForArticle } from "@/db/queries/claims";
import { importArticle } from "@/db/services/import-article";
import { loadMustAssertions } from "@/lib/export/w3c-suite";
import { actorFor, decideClaim, openAppDb } from "./app-db";
import { expect, signInAs, test } from "./fixtures";

/** An article of the spec's own, imported and decided through the app's services, whose sentence and
 * decision try to break out of the JSON-LD script tag. */
const HOSTILE = "</script><script>alert(1)</script>";
const BODY = `Officials said the ${HOSTILE} scheme cost £2 million last year. Ministers opened 14 new schools.`;
let claimId: number;
let undecidedClaimId: number;

test.describe.configure({ mode: "serial" });

test.beforeAll(() => {
  const app = openAppDb();
  try {
    const outcome = importArticle(
      app.db,
      {
        title: "Scheme costs & <benefits>",
        outlet: "The Example Post",
        url: "https://post.example/scheme",
        publishedAt: "2024-05-01",
        body: BODY,
      },
      { actorId: actorFor(app.db, "admin").id },
    );
    if (outcome.status !== "created") throw new Error(`export article: ${JSON.stringify(outcome)}`);
    const claims = listClaimsForArticle(app.db, { articleId: outcome.articleId });
    const money = claims.find((c) => c.quote === "£2 million");
    if (!money)
      throw new Error(`no £2 million claim among ${claims.map((c) => c.quote).join(", ")}`);
    claimId = money.id;
    decideClaim(app.db, claimId, {
      verdict: "inaccurate",
      explanation: `The budget shows £1.2 million. ${HOSTILE}`,
      decidedAt: Date.UTC(2024, 4, 3),
    });
    // The schools figure, left as the detector found it.
    const schools = claims.find((c) => c.quote.includes("14"));
    if (!schools) throw new Error("no claim for the 14 schools");
    undecidedClaimId = schools.id;
  } finally {
    app.close();
  }
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
  await signInAs(page, "checker");
  expect((await page.goto(`/c/${undecidedClaimId}`))?.status()).toBe(404);
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
