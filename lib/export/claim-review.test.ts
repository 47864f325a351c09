import { afterAll, describe, expect, it } from "vitest";
import { getDecidedClaimForReview } from "@/db/queries/claim-review";
import { buildClaimReview, jsonForScript } from "./claim-review";
import { seedExportFixture } from "@/tests/export-fixture";

const ORIGIN = "https://tally.example";

describe("ClaimReview", () => {
  const fixture = seedExportFixture();
  afterAll(() => fixture.close());

  it("only decided claims have a review", () => {
    expect(getDecidedClaimForReview(fixture.db, { id: fixture.ids.disputed })).toBeUndefined();
  });

  it("fills every required and recommended field", () => {
    const row = getDecidedClaimForReview(fixture.db, { id: fixture.ids.decided })!;
    expect(row.sentence.slice(row.quoteStart, row.quoteEnd)).toBe("about 12%");
    const review = buildClaimReview(row, ORIGIN);
    expect(review).toEqual({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: `${ORIGIN}/c/${fixture.ids.decided}`,
      claimReviewed: "The council spent £3.5 million on roads, about 12% more than last year.",
      reviewBody: 'Compared with a one-off low year; "12%" overstates </script> the trend.',
      author: { "@type": "Organization", name: "Tally newsroom", url: `${ORIGIN}/` },
      editor: { "@type": "Person", name: "Eddie Editor" },
      datePublished: "2024-04-03",
      reviewRating: {
        "@type": "Rating",
        ratingValue: 2,
        bestRating: 5,
        worstRating: 1,
        alternateName: "Misleading",
      },
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": "Organization", name: "The Daily Example" },
        datePublished: "2024-04-02",
        appearance: {
          "@type": "CreativeWork",
          url: "https://news.example/jobs",
          headline: "Jobs and roads",
          author: { "@type": "Organization", name: "The Daily Example" },
          datePublished: "2024-04-02",
        },
        firstAppearance: expect.any(Object),
      },
    });
  });

  it("keeps hostile text inside the JSON", () => {
    const hostile = { claimReviewed: "</script><script>alert(1)</script> & <!-- \u2028\u2029" };
    const json = jsonForScript(hostile);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain("\\u003c/script\\u003e");
    expect(JSON.parse(json)).toEqual(hostile);
  });
});
