import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parsePublishedDate } from "@/lib/import/dates";

export interface FeedItem {
  /** The item's guid (RSS) or id (Atom), else its link: what marks it as seen. */
  key: string;
  url: string | undefined;
  title: string | undefined;
  publishedAt: string | undefined;
}

export interface ParsedFeed {
  kind: "rss" | "atom";
  title: string | undefined;
  items: FeedItem[];
}

/** A feed that cannot be read, with the reason in words. */
export class FeedError extends Error {}

/** More than any news feed carries in one read; the rest waits for the next. */
export const MAX_ITEMS_PER_READ = 200;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  textNodeName: "#text",
  // Only XML's own entities: a feed never needs declared ones, and they can be made to explode.
  processEntities: true,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
});

type XmlNode = Record<string, unknown>;

const list = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

function textOf(v: unknown): string | undefined {
  if (typeof v === "string" || typeof v === "number") {
    const t = String(v).replace(/\s+/g, " ").trim();
    return t || undefined;
  }
  if (v && typeof v === "object" && !Array.isArray(v)) return textOf((v as XmlNode)["#text"]);
  if (Array.isArray(v)) return textOf(v[0]);
  return undefined;
}

function httpUrl(v: string | undefined, base: string | undefined): string | undefined {
  if (!v) return undefined;
  try {
    const url = new URL(v, base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function dateOf(...values: unknown[]): string | undefined {
  for (const v of values) {
    const t = textOf(v);
    const d = t ? parsePublishedDate(t.slice(0, 100)) : null;
    if (d) return d;
  }
  return undefined;
}

function rssItems(items: unknown[], base: string | undefined): FeedItem[] {
  return items.flatMap((raw) => {
    if (!raw || typeof raw !== "object") return [];
    const item = raw as XmlNode;
    const url = httpUrl(textOf(item.link) ?? textOf(item["@rdf:about"]), base);
    const key = textOf(item.guid) ?? url;
    if (!key) return [];
    return [
      {
        key: key.slice(0, 2000),
        url,
        title: textOf(item.title),
        publishedAt: dateOf(item.pubDate, item["dc:date"], item.published),
      },
    ];
  });
}

function atomLink(links: unknown[], base: string | undefined): string | undefined {
  const nodes = links.filter((l): l is XmlNode => Boolean(l) && typeof l === "object");
  const alternate =
    nodes.find((l) => l["@rel"] === undefined || l["@rel"] === "alternate") ?? nodes[0];
  return httpUrl(alternate ? textOf(alternate["@href"]) : textOf(links[0]), base);
}

function atomItems(entries: unknown[], base: string | undefined): FeedItem[] {
  return entries.flatMap((raw) => {
    if (!raw || typeof raw !== "object") return [];
    const entry = raw as XmlNode;
    const url = atomLink(list(entry.link), base);
    const key = textOf(entry.id) ?? url;
    if (!key) return [];
    return [
      {
        key: key.slice(0, 2000),
        url,
        title: textOf(entry.title),
        publishedAt: dateOf(entry.published, entry.updated),
      },
    ];
  });
}

/** Reads RSS 2.0, RSS 1.0 (RDF) and Atom. `base` resolves relative links (the feed's own address).
 * Throws FeedError with the reason for anything else: not XML, not a feed, declared entities. */
export function parseFeed(xml: string, base?: string): ParsedFeed {
  if (/<!ENTITY/i.test(xml.slice(0, 10_000)))
    throw new FeedError("The feed declares XML entities, which Tally does not expand.");
  const valid = XMLValidator.validate(xml);
  if (valid !== true)
    throw new FeedError(
      `The feed is not well-formed XML (line ${valid.err.line}: ${valid.err.msg.replace(/\.$/, "")}).`,
    );
  const doc = parser.parse(xml) as XmlNode;
  const rss = (doc.rss as XmlNode | undefined)?.channel as XmlNode | undefined;
  if (rss) {
    const items = rssItems(list(rss.item), base);
    return { kind: "rss", title: textOf(rss.title), items: items.slice(0, MAX_ITEMS_PER_READ) };
  }
  const rdf = doc["rdf:RDF"] as XmlNode | undefined;
  if (rdf) {
    const items = rssItems(list(rdf.item), base);
    const channel = rdf.channel as XmlNode | undefined;
    return {
      kind: "rss",
      title: textOf(channel?.title),
      items: items.slice(0, MAX_ITEMS_PER_READ),
    };
  }
  const atom = doc.feed as XmlNode | undefined;
  if (atom) {
    const items = atomItems(list(atom.entry), base);
    return { kind: "atom", title: textOf(atom.title), items: items.slice(0, MAX_ITEMS_PER_READ) };
  }
  throw new FeedError("This is XML but not an RSS or Atom feed.");
}
