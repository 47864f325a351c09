import { parsePublishedDate } from "./dates";
import { readJsonLd } from "./json-ld";
import { nameSpellsHost, outletFromHost, readableOutlet } from "./outlet-name";
import { parsePage } from "./parse-page";

/** What a page says about itself, each field from the most specific source that states it. */
export interface PageMetadata {
  title: string | undefined;
  outlet: string | undefined;
  author: string | undefined;
  /** YYYY-MM-DD as the page writes it (the publisher's own calendar day, not converted to UTC). */
  publishedAt: string | undefined;
  canonicalUrl: string | undefined;
}

const clean = (v: string | null | undefined) => {
  const t = v?.replace(/\s+/g, " ").trim();
  return t ? t.slice(0, 1000) : undefined;
};

function metaContent(document: Document, keys: string[]): string | undefined {
  const wanted = new Set(keys.map((k) => k.toLowerCase()));
  for (const meta of document.querySelectorAll("meta")) {
    const key = (
      meta.getAttribute("property") ??
      meta.getAttribute("name") ??
      meta.getAttribute("itemprop") ??
      ""
    ).toLowerCase();
    // Some pages put both a property and an itemprop on one tag; either may name it.
    const alt = (meta.getAttribute("itemprop") ?? "").toLowerCase();
    if (!wanted.has(key) && !wanted.has(alt)) continue;
    const value = clean(meta.getAttribute("content") ?? meta.getAttribute("value"));
    if (value) return value;
  }
  return undefined;
}

function httpUrl(value: string | undefined, base: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, base);
    if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
    url.hash = "";
    return url.toString();
  } catch {
    return undefined;
  }
}

const isUrl = (value: string | undefined) => Boolean(value && /^https?:\/\//i.test(value));

/** The first date in a list of candidates that reads as a calendar date. */
function firstDate(candidates: Array<string | null | undefined>): string | undefined {
  for (const c of candidates) {
    const date = c ? parsePublishedDate(c.slice(0, 200)) : null;
    if (date) return date;
  }
  return undefined;
}

/** A `<time datetime>` that belongs to the article: marked as the publication, or inside the
 * article element (the first one, which is where pages print the dateline). */
function articleTime(document: Document): string | undefined {
  const marked = document.querySelector(
    "time[itemprop~='datePublished'][datetime], time[pubdate][datetime], time.published[datetime], time.dt-published[datetime]",
  );
  if (marked) return marked.getAttribute("datetime") ?? undefined;
  const inArticle = document.querySelector("article time[datetime], main time[datetime]");
  if (inArticle) return inArticle.getAttribute("datetime") ?? undefined;
  // A page with no article element: its first time element, if the page has only a few.
  const all = document.querySelectorAll("time[datetime]");
  return all.length > 0 && all.length <= 3
    ? (all[0]!.getAttribute("datetime") ?? undefined)
    : undefined;
}

/** "/2015/03/18/" in a news URL's path is the day it was published. */
function dateFromPath(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const m = /\/((?:19|20)\d\d)\/(\d\d)\/(\d\d)(?:\/|$)/.exec(path);
  return m ? (parsePublishedDate(`${m[1]}-${m[2]}-${m[3]}`) ?? undefined) : undefined;
}

const TITLE_SEPARATOR = /\s+[|\-\u2013\u2014\u00B7:]{1,2}\s+/;

/** The document title's segments: "Headline | Section | The Guardian" → three. */
const titleSegments = (title: string | undefined) =>
  title
    ? title
        .split(TITLE_SEPARATOR)
        .map((s) => s.trim())
        .filter(Boolean)
    : [];

function outletFor(
  document: Document,
  ld: ReturnType<typeof readJsonLd>,
  host: string | undefined,
): string | undefined {
  const stated = [
    ld.publisher,
    metaContent(document, ["og:site_name"]),
    ld.siteName,
    metaContent(document, ["application-name"]),
  ]
    .map(readableOutlet)
    .find(Boolean);
  if (stated) return stated;
  if (!host) return undefined;
  // A site's name printed at the end of its own page title, recognised by spelling the host.
  const segments = titleSegments(clean(document.title));
  const fromTitle = segments.length > 1 ? segments[segments.length - 1] : undefined;
  if (fromTitle && nameSpellsHost(fromTitle, host)) return readableOutlet(fromTitle);
  return outletFromHost(host);
}

function titleFor(
  document: Document,
  ld: ReturnType<typeof readJsonLd>,
  outlet: string | undefined,
  author: string | undefined,
): string | undefined {
  const candidate =
    ld.headline ??
    metaContent(document, ["og:title", "twitter:title", "title"]) ??
    clean(document.title);
  if (!candidate) return undefined;
  // Drop trailing segments that only repeat the byline or the outlet ("Headline | Jane Roe").
  const segments = titleSegments(candidate);
  const drop = new Set([outlet, author].filter(Boolean).map((s) => s!.toLowerCase()));
  while (segments.length > 1 && drop.has(segments[segments.length - 1]!.toLowerCase()))
    segments.pop();
  return segments.length === titleSegments(candidate).length ? candidate : segments.join(" | ");
}

/** Reads a parsed page's metadata. `pageUrl` is where it came from, when known (a fetch), and
 * resolves relative canonical links and names the outlet from the host when nothing else does. */
export function readPageMetadata(document: Document, pageUrl?: string): PageMetadata {
  const ld = readJsonLd(
    [...document.querySelectorAll("script[type='application/ld+json' i]")].map(
      (s) => s.textContent ?? "",
    ),
  );
  const canonicalUrl =
    httpUrl(
      document.querySelector("link[rel~='canonical' i]")?.getAttribute("href") ?? undefined,
      pageUrl,
    ) ??
    httpUrl(metaContent(document, ["og:url"]), pageUrl) ??
    httpUrl(ld.url, pageUrl) ??
    httpUrl(pageUrl, undefined);
  const host = canonicalUrl ? new URL(canonicalUrl).hostname : undefined;
  const authorMeta = metaContent(document, [
    "author",
    "article:author",
    "parsely-author",
    "sailthru.author",
  ]);
  const author = ld.author ?? (isUrl(authorMeta) ? undefined : authorMeta);
  const outlet = outletFor(document, ld, host);
  const publishedAt =
    firstDate([
      ld.datePublished,
      metaContent(document, ["article:published_time", "article:published", "datePublished"]),
      metaContent(document, [
        "date",
        "pubdate",
        "publishdate",
        "publish-date",
        "dc.date",
        "dc.date.issued",
        "dcterms.created",
        "sailthru.date",
        "parsely-pub-date",
      ]),
      articleTime(document),
      ld.dateCreated,
    ]) ?? dateFromPath(canonicalUrl);
  return {
    title: titleFor(document, ld, outlet, author),
    outlet,
    author,
    publishedAt,
    canonicalUrl,
  };
}

/** The same, from HTML text (parsed once; scripts never run). */
export function readPageMetadataFromHtml(html: string, pageUrl?: string): PageMetadata {
  return readPageMetadata(parsePage(html), pageUrl);
}
