import { afterAll, describe, expect, it } from "vitest";
import { generateScaleDb } from "@/bench/scale-data";
import { startBareArticleServer } from "@/bench/bare-article-server";
import { actionResultOf } from "@/bench/scale-writers";

// A smoke variant of bench:scale's own parts on a tiny archive (the bench itself runs at 1M claims).
const small = generateScaleDb({ articles: 12, claimsPerArticle: 3, seed: 5 });
afterAll(() => small.cleanup());

describe("bench:scale parts", () => {
  it("the bare handler highlights every live claim of the article, escaped", async () => {
    const bare = await startBareArticleServer(small.file);
    try {
      const res = await fetch(`${bare.base}/articles/3`);
      const html = await res.text();
      expect(res.status).toBe(200);
      expect(html.match(/<mark /g)?.length).toBe(3);
      expect((await fetch(`${bare.base}/articles/999`)).status).toBe(404);
    } finally {
      await bare.close();
    }
  });

  it("reads a server action's answer from its React Server Components response", () => {
    const page =
      '2:"$Sreact.fragment"\n0:{"a":"$@1","f":"","b":"x"}\n1:{"ok":true,"data":{"claimId":3,"version":7}}\n';
    expect(actionResultOf(page)).toEqual({ ok: true, version: 7 });
    const refused = '0:{"a":"$@4"}\n4:{"ok":false,"status":409,"error":"Someone saved first."}';
    expect(actionResultOf(refused)).toEqual({ ok: false, error: "Someone saved first." });
    expect(actionResultOf("<html>").ok).toBe(false);
  });
});
