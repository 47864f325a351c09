import { parsePublishedDate } from "./dates";
import {
  FURNITURE_RULES,
  ENDS_ARTICLE_RULES,
  LIST_HEADING_RULES,
  looksLikeLinkTitle,
  type LineRule,
} from "./furniture-rules";

export interface RemovedPiece {
  /** Offset of the piece in the text as it arrived. */
  offset: number;
  text: string;
  rule: string;
}

export interface CleanedArticle {
  body: string;
  title: string | undefined;
  outlet: string | undefined;
  url: string | undefined;
  publishedAt: string | undefined;
  removed: RemovedPiece[];
}

interface Line {
  text: string;
  offset: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let offset = 0;
  for (const text_ of text.split("\n")) {
    lines.push({ text: text_, offset });
    offset += text_.length + 1;
  }
  return lines;
}

/** Markdown emphasis and heading marks around a whole line: "# *Title*" → "Title". */
function unwrapMarkdown(line: string): string {
  return line
    .trim()
    .replace(/^#{1,6}\s+/, "")
    .replace(/^([*_]{1,3})(.+)\1$/, "$2")
    .trim();
}

function firstMatch(
  rules: LineRule[],
  line: string,
  context: { index: number; lines: Line[] },
): LineRule | undefined {
  return rules.find((rule) => rule.test(line, context));
}

/** Removes page furniture line by line, by general rules, and keeps every other line
 * exactly as it came (so claim offsets into the body stay true). Blank-line runs collapse to one. */
export function cleanArticleText(text: string, given: { title?: string } = {}): CleanedArticle {
  const lines = splitLines(text);
  const removed: RemovedPiece[] = [];
  const kept: string[] = [];
  let title = given.title;
  let outlet: string | undefined;
  let url: string | undefined;
  let publishedAt: string | undefined;
  // Whether any text has been kept yet, tracked rather than searched for (a search per line is quadratic).
  let keptText = false;
  const remove = (line: Line, rule: string) =>
    removed.push({ offset: line.offset, text: line.text, rule });

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const trimmed = line.text.trim();
    if (!trimmed) {
      kept.push("");
      continue;
    }
    const context = { index, lines };
    if (firstMatch(ENDS_ARTICLE_RULES, trimmed, context)) {
      // A comment form or similar ends the article: what follows is page furniture too.
      for (const rest of lines.slice(index))
        if (rest.text.trim()) remove(rest, "after comment form");
      break;
    }
    const plain = unwrapMarkdown(trimmed);
    if (!title && !keptText) {
      const date = parsePublishedDate(plain);
      if (!/^(news id|published|posted|updated)\b/i.test(plain) && !(date && plain.length < 60)) {
        title = plain;
        remove(line, "title");
        continue;
      }
    }
    if (title && plain === title.trim()) {
      remove(line, "repeated title");
      continue;
    }
    const heading = firstMatch(LIST_HEADING_RULES, trimmed, context);
    if (heading) {
      // The heading and the link titles listed under it, up to the first line that reads like prose.
      remove(line, heading.name);
      let next = index + 1;
      for (; next < lines.length; next++) {
        const candidate = lines[next]!.text.trim();
        if (!candidate) continue;
        if (
          !looksLikeLinkTitle(candidate) ||
          firstMatch(ENDS_ARTICLE_RULES, candidate, { index: next, lines })
        )
          break;
        remove(lines[next]!, heading.name);
      }
      // Blank lines skipped inside the list collapse into one paragraph break.
      kept.push("");
      index = next - 1;
      continue;
    }
    const rule = firstMatch(FURNITURE_RULES, trimmed, context);
    if (rule) {
      remove(line, rule.name);
      if (rule.name === "date line" || rule.name === "published line")
        publishedAt ??= parsePublishedDate(trimmed) ?? undefined;
      if (rule.name === "bare link") url ??= trimmed.replace(/^<|>$/g, "");
      if (rule.name === "signature") outlet ??= unwrapMarkdown(trimmed);
      continue;
    }
    kept.push(line.text);
    keptText = true;
  }

  const body = kept
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return { body, title, outlet, url, publishedAt, removed };
}
