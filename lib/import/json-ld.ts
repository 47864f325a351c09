/** What a page's JSON-LD (schema.org) says about its article, read from every
 * `<script type="application/ld+json">` block: plain objects, arrays and `@graph` lists alike. */
export interface JsonLdArticle {
  headline?: string;
  datePublished?: string;
  dateCreated?: string;
  author?: string;
  publisher?: string;
  url?: string;
  /** The name of a top-level Organization or WebSite block, for pages whose article block has no publisher. */
  siteName?: string;
}

type Node = Record<string, unknown>;

// Types schema.org derives from Article that news pages use; any "...Article" type also counts.
const ARTICLE_TYPES = new Set(["blogposting", "liveblogposting", "report", "newsarticle"]);
const SITE_TYPES = new Set(["organization", "newsmediaorganization", "website"]);
/** One JSON-LD block is small; a page with megabytes of it is not worth reading. */
const MAX_BLOCK_CHARS = 500_000;

function types(node: Node): string[] {
  const t = node["@type"];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === "string").map((x) => x.toLowerCase());
}

const isArticle = (node: Node) =>
  types(node).some((t) => ARTICLE_TYPES.has(t) || t.endsWith("article"));

function text(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const trimmed = value.replace(/\s+/g, " ").trim();
  return trimmed || undefined;
}

/** Parses one block leniently: CDATA wrappers and HTML comments that some pages keep are dropped. */
function parseBlock(raw: string): unknown {
  if (raw.length > MAX_BLOCK_CHARS) return undefined;
  const body = raw
    .trim()
    .replace(/^<!\[CDATA\[/, "")
    .replace(/\]\]>$/, "")
    .replace(/^<!--/, "")
    .replace(/-->$/, "")
    .trim();
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

/** Every object in the blocks, `@graph` members and array items flattened one level deep each. */
function collectNodes(values: unknown[]): Node[] {
  const nodes: Node[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 3 || value === null || typeof value !== "object") return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    const node = value as Node;
    nodes.push(node);
    if (Array.isArray(node["@graph"])) visit(node["@graph"], depth + 1);
  };
  for (const value of values) visit(value, 0);
  return nodes;
}

/** A name from a string, an object with `name`, an `@id` reference to another node, or a list of those. */
function nameOf(value: unknown, byId: Map<string, Node>, depth = 0): string | undefined {
  if (depth > 2 || value === null || value === undefined) return undefined;
  if (typeof value === "string") return text(value);
  if (Array.isArray(value)) {
    const names = value
      .map((v) => nameOf(v, byId, depth + 1))
      .filter((n): n is string => Boolean(n));
    return names.length ? [...new Set(names)].join(", ") : undefined;
  }
  if (typeof value !== "object") return undefined;
  const node = value as Node;
  const own = text(node.name);
  if (own) return own;
  const ref = typeof node["@id"] === "string" ? byId.get(node["@id"]) : undefined;
  return ref && ref !== node ? nameOf(ref, byId, depth + 1) : undefined;
}

function urlOf(value: unknown): string | undefined {
  if (typeof value === "string") return text(value);
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const node = value as Node;
    return text(node["@id"]) ?? text(node.url);
  }
  return undefined;
}

export function readJsonLd(blocks: string[]): JsonLdArticle {
  const nodes = collectNodes(blocks.map(parseBlock));
  const byId = new Map<string, Node>();
  for (const node of nodes) if (typeof node["@id"] === "string") byId.set(node["@id"], node);
  const article = nodes.find(isArticle);
  const site = nodes.find((n) => types(n).some((t) => SITE_TYPES.has(t)) && text(n.name));
  const result: JsonLdArticle = { siteName: site ? text(site.name) : undefined };
  if (!article) return result;
  return {
    ...result,
    headline: text(article.headline) ?? text(article.name),
    datePublished: text(article.datePublished),
    dateCreated: text(article.dateCreated),
    author: nameOf(article.author, byId) ?? nameOf(article.creator, byId),
    publisher: nameOf(article.publisher, byId),
    url: text(article.url) ?? urlOf(article.mainEntityOfPage),
  };
}
