import { describe, expect, it } from "vitest";
import { prepareArticle } from "./prepare";
import { articleInputSchema } from "./schema";

const PARAGRAPHS = [
  "The regional health authority said 1,204 patients waited more than 12 hours in emergency departments in January.",
  "That is up from 873 a year earlier, according to figures published on Tuesday by the authority.",
  "Hospital managers blamed a shortage of 300 beds and said a new ward would open in the spring, adding 48 beds.",
  "Unions said the figures understated the problem because they exclude patients who left before being seen.",
];

const PAGE = `<!doctype html><html><head><title>Emergency waits soar | Northern Herald</title></head><body>
<header><nav><a href="/">Home</a><a href="/health">Health</a><a href="/login">Sign in</a></nav></header>
<main><article>
<h1>Emergency waits soar</h1>
<p class="byline">Published: 09:12 GMT, 4 March 2024</p>
<figure><img src="a.jpg"><figcaption>Photo: Northern Herald</figcaption></figure>
${PARAGRAPHS.map((p) => `<p>${p.replace("1,204", "<strong>1,204</strong>")}</p>`).join("\n")}
<p>Share this article:</p>
<ul class="share"><li><a href="#">Facebook</a></li><li><a href="#">Twitter</a></li><li><a href="#">Email</a></li></ul>
</article>
<section class="comments"><h3>Leave a comment</h3><form><label>Name *</label><input><label>Email *</label><input>
<p>Enter the characters shown</p><img src="captcha.png"><button>Post comment</button></form></section>
</main>
<script>window.tracking = {"id":"123","sort":"456"}</script>
<footer><p>Page rendered in 0.0312 seconds</p><p>© 2024 Northern Herald. All rights reserved.</p></footer>
</body></html>`;

describe("prepareArticle from HTML", () => {
  const prepared = prepareArticle(articleInputSchema.parse({ html: PAGE }));

  it("keeps the article's paragraphs as plain text, in order", () => {
    expect(prepared.body).toBe(PARAGRAPHS.join("\n\n"));
  });

  it("takes the title and the date from the page", () => {
    expect(prepared.title).toBe("Emergency waits soar");
    expect(prepared.publishedAt).toBe("2024-03-04");
  });

  it("keeps no markup and no page furniture", () => {
    for (const junk of [
      "<",
      "Sign in",
      "Share this",
      "Facebook",
      "Leave a comment",
      "characters shown",
      "tracking",
      "rendered in",
      "All rights reserved",
    ]) {
      expect(prepared.body).not.toContain(junk);
    }
  });
});
