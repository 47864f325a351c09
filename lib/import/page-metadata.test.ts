import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readPageMetadataFromHtml } from "./page-metadata";
import { prepareArticle } from "./prepare";
import { articleInputSchema } from "./schema";

const PAGES = path.join(__dirname, "../../tests/fixtures/real-pages");
const read = (name: string) => fs.readFileSync(path.join(PAGES, name), "utf8");

/** What each page states about itself, checked by hand against its source. `publishedAt` is the
 * calendar day the page itself writes; the Washington Post page states it only in its URL. */
const EXPECTED: Record<
  string,
  { outlet: string; publishedAt: string; canonicalHost: string; author?: string }
> = {
  "ars-1.html": {
    outlet: "Ars Technica",
    publishedAt: "2015-04-16",
    canonicalHost: "arstechnica.com",
  },
  "cnn.html": {
    outlet: "CNNMoney",
    publishedAt: "2016-02-01",
    canonicalHost: "money.cnn.com",
    author: "Ahiza Garcia",
  },
  "guardian-1.html": {
    outlet: "The Guardian",
    publishedAt: "2019-01-03",
    canonicalHost: "www.theguardian.com",
    author: "Eleanor Ainge Roy",
  },
  "medicalnewstoday.html": {
    outlet: "Medical News Today",
    publishedAt: "2017-07-27",
    canonicalHost: "www.medicalnewstoday.com",
  },
  "nytimes-1.html": {
    outlet: "The New York Times",
    publishedAt: "2017-01-13",
    canonicalHost: "www.nytimes.com",
    author: "Jeffrey Gettleman",
  },
  "seattletimes-1.html": {
    outlet: "The Seattle Times",
    publishedAt: "2019-04-28",
    canonicalHost: "www.seattletimes.com",
    author: "Benjamin Romano",
  },
  "telegraph.html": {
    outlet: "The Telegraph",
    publishedAt: "2017-11-16",
    canonicalHost: "www.telegraph.co.uk",
  },
  "theverge.html": {
    outlet: "The Verge",
    publishedAt: "2023-06-07",
    canonicalHost: "www.theverge.com",
    author: "Alex Heath",
  },
  "wapo-1.html": {
    outlet: "Washington Post",
    publishedAt: "2015-03-18",
    canonicalHost: "www.washingtonpost.com",
  },
  "yahoo-1.html": {
    outlet: "Yahoo",
    publishedAt: "2016-10-13",
    canonicalHost: "finance.yahoo.com",
  },
};

// JSDOM takes a second or more on a megabyte page when eight engineers share two cores.
describe("readPageMetadata on ten real news pages", { timeout: 60_000 }, () => {
  it("covers every page in the fixtures folder", () => {
    const pages = fs.readdirSync(PAGES).filter((f) => f.endsWith(".html"));
    expect(pages.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`${name}: date, outlet, canonical URL and title from the page's metadata`, () => {
      const meta = readPageMetadataFromHtml(read(name));
      expect(meta.publishedAt).toBe(expected.publishedAt);
      expect(meta.outlet).toBe(expected.outlet);
      expect(meta.outlet).not.toMatch(/^https?:|\.(com|org|net|uk)\b/);
      expect(new URL(meta.canonicalUrl!).hostname).toBe(expected.canonicalHost);
      expect(meta.title && meta.title.length).toBeGreaterThan(10);
      if (expected.author) expect(meta.author).toBe(expected.author);
    });
  }

  it("an uploaded page is stored with the date, outlet and URL its metadata states", () => {
    const prepared = prepareArticle(articleInputSchema.parse({ html: read("nytimes-1.html") }));
    expect(prepared).toMatchObject({
      title: "United States to Lift Sudan Sanctions",
      outlet: "The New York Times",
      publishedAt: "2017-01-13",
      url: "https://www.nytimes.com/2017/01/13/world/africa/sudan-sanctions.html",
    });
  });
});

const page = (head: string, body = "<article><p>Text.</p></article>") =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe("readPageMetadata rules", () => {
  it("reads a JSON-LD @graph with an author list and a publisher by reference", () => {
    const ld = {
      "@context": "https://schema.org",
      "@graph": [
        { "@type": "NewsMediaOrganization", "@id": "#org", name: "Harbour Gazette" },
        {
          "@type": ["ReportageNewsArticle"],
          headline: "Port traffic doubles",
          datePublished: "2024-05-02T23:30:00-07:00",
          author: [{ "@type": "Person", name: "Ann Lee" }, "Bo Chan"],
          publisher: { "@id": "#org" },
          mainEntityOfPage: { "@id": "https://gazette.example/port" },
        },
      ],
    };
    const meta = readPageMetadataFromHtml(
      page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`),
    );
    expect(meta).toEqual({
      title: "Port traffic doubles",
      outlet: "Harbour Gazette",
      author: "Ann Lee, Bo Chan",
      // The publisher's own calendar day, not the UTC one (which would be May 3).
      publishedAt: "2024-05-02",
      canonicalUrl: "https://gazette.example/port",
    });
  });

  it("never takes a URL as the outlet: a name is made from its host", () => {
    const meta = readPageMetadataFromHtml(
      page(`<meta property="og:site_name" content="https://www.tmz.com">`),
    );
    expect(meta.outlet).toBe("TMZ");
  });

  it("survives broken JSON-LD and falls back to Open Graph and meta dates", () => {
    const meta = readPageMetadataFromHtml(
      page(
        `<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
         <meta property="og:title" content="Fallback title"><meta name="sailthru.date" content="Tue, 09 Jan 2024 10:00:00">
         <meta property="og:site_name" content="the Daily Ledger"><link rel="canonical" href="/story/1">`,
      ),
      "https://ledger.example/a?utm=1",
    );
    expect(meta).toMatchObject({
      title: "Fallback title",
      outlet: "The Daily Ledger",
      publishedAt: "2024-01-09",
      canonicalUrl: "https://ledger.example/story/1",
    });
  });

  it("takes the article's time element, not the sidebar's", () => {
    const meta = readPageMetadataFromHtml(
      page(
        "",
        `<aside><time datetime="2020-01-01">a</time><time datetime="2020-01-02">b</time><time datetime="2020-01-03">c</time><time datetime="2020-01-04">d</time></aside>
         <article><h1>X</h1><time datetime="2021-06-30T08:00:00+02:00">June 30</time><p>Text.</p></article>`,
      ),
    );
    expect(meta.publishedAt).toBe("2021-06-30");
  });

  it("states nothing it cannot read", () => {
    expect(readPageMetadataFromHtml(page("<title>Just a page</title>"))).toEqual({
      title: "Just a page",
      outlet: undefined,
      author: undefined,
      publishedAt: undefined,
      canonicalUrl: undefined,
    });
  });
});
