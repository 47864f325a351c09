/** Page furniture, recognised by its shape rather than by any one site's wording.
 * Every rule looks at one whole (trimmed) line: a rule never cuts inside a line, so the
 * article's own sentences are either kept byte-for-byte or not touched at all.
 *
 * Every pattern must run in time linear in the line (an import must not block the server): no two
 * unbounded quantifiers that can match the same characters side by side (`\s*:?\s*`, `.*\b[\d.]+`),
 * and no unanchored `[...]+$`. Trailing separators go in one class (`[\s*:]*$`), and a rule meant for
 * short lines checks the length before its pattern. tests/hostile/ holds every rule to that. */
export interface LineContext {
  index: number;
  lines: { text: string }[];
}

export interface LineRule {
  name: string;
  test: (line: string, context: LineContext) => boolean;
}

/** No text follows this line; stops at the first line that has some, so long articles stay linear. */
function isLast(context: LineContext): boolean {
  for (let i = context.index + 1; i < context.lines.length; i++)
    if (context.lines[i]!.text.trim()) return false;
  return true;
}

/** Prose ends its sentences; link titles, buttons and labels usually do not. */
export function looksLikeLinkTitle(line: string): boolean {
  return line.length <= 160 && !/[.!?]["'\u201D\u2019)]?$/.test(line);
}

const DATE_WORDS =
  /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?|mon(day)?|tue(sday)?|wed(nesday)?|thu(rsday)?|fri(day)?|sat(urday)?|sun(day)?|at|on|am|pm|a\.m|p\.m|gmt|utc|est|edt|cst|cdt|mst|mdt|pst|pdt|bst|cet|cest|eet|eest|ist|msk|jst|aest|st|nd|rd|th|local time)\b/gi;

/** "0234 GMT February 14, 2020", "Thu 14 Feb 2020, 10:32 am": a date and time and nothing else. */
function isOnlyDateWords(rest: string): boolean {
  return rest.replace(DATE_WORDS, "").replace(/[\d\s,.:/|()+\-\u2013\u2014@]/g, "").length === 0;
}

/** var_dump/print_r/serialize() output and JSON: punctuation typical of data is rare in prose. */
function looksSerialized(line: string): boolean {
  // PHP var_dump: string(12) "…", array(3) {, ["id"]=>, int(5)
  if (/^(string|array|object|int|float|bool)\(\d+\)/i.test(line)) return true;
  if (/^\[("[^"]*"|'[^']*'|\d+)(:\w+)?\]\s*=>/.test(line)) return true;
  // PHP serialize(): a:2:{i:0;s:5:"hello";…}
  if (/^[aOs]:\d+:["{]/.test(line) && /[;{}]/.test(line)) return true;
  // Lone structural lines of pretty-printed data: "{", "},", "]", "[{".
  if (/^[{}[\]]{1,2},?$/.test(line)) return true;
  // A pretty-printed JSON member: "key": value,
  if (/^"[\w$@.-]{1,40}"\s*:\s*("|\d|true|false|null|\[|\{)/.test(line)) return true;
  if (line.length < 60) return false;
  const structural = line.match(/[{}[\]":;=]/g)?.length ?? 0;
  return structural / line.length > 0.08 && /^[{[]/.test(line);
}

const DECORATION = new Set(["\u2013", "\u2014", "\u2022", "*", "#", ">", "|", "-"]);

/** "— Related —", "## Related:" → "Related": bullets, dashes and marks around a heading, trimmed by
 * hand (an unanchored `[...]+$` tries every start in a long run, quadratic). */
function trimDecoration(line: string): string {
  const decoration = (c: string) => DECORATION.has(c) || /\s/.test(c);
  let start = 0;
  let end = line.length;
  while (start < end && decoration(line[start]!)) start++;
  while (end > start && decoration(line[end - 1]!) && line[end - 1] !== ">") end--;
  return line.slice(start, end);
}

/** A heading after which the rest of the page is furniture (comment forms and the comments themselves). */
export const ENDS_ARTICLE_RULES: LineRule[] = [
  {
    name: "comment form",
    test: (l) =>
      /^(leave a (reply|comment)|post a comment|add (a|your) comment|write a comment|join the (discussion|conversation)|(show |view |read )?(\d+\s+)?(comments?|responses?|replies)(\s*\(\d+\))?|comments are closed\.?)\s*:?$/i.test(
        l,
      ) ||
      /your email address will not be published|required fields are marked/i.test(l) ||
      /^you must be (logged|signed) in to (post a )?(comment|reply)/i.test(l),
  },
];

/** A heading that introduces a list of links (related stories, share buttons, tags): the heading and
 * the link-title lines right after it are removed, up to the first line that reads like prose. */
export const LIST_HEADING_RULES: LineRule[] = [
  {
    name: "related links",
    test: (l) =>
      /^(related( articles| stories| posts| news| content| coverage| links| topics)?|(you )?(may|might) also (like|be interested in)|see also|also read|read (also|next|more)|more (from|on|in) .{1,40}|more stories|more news|recommended( for you| stories)?|most (read|popular|viewed|shared)|trending( now)?|top stories|latest news|other news|in other news|don'?t miss)\s*:?$/i.test(
        trimDecoration(l),
      ),
  },
  {
    name: "share links",
    test: (l) =>
      /^(share( this)?( article| story| post| page)?( (on|via) \w+)?|share and enjoy|spread the word)\s*:?$/i.test(
        l,
      ),
  },
];

export const FURNITURE_RULES: LineRule[] = [
  {
    name: "id line",
    test: (l) =>
      /^(news|story|article|post|content|item|doc(ument)?)\s*(id|no\.?|number|code)\s*[:#]\s*[\w-]+$/i.test(
        l,
      ),
  },
  {
    name: "published line",
    test: (l) =>
      /^(published|posted|updated|last (updated|modified)|first published|date|dated|created|released)\b/i.test(
        l,
      ) &&
      /\b(19|20)\d\d\b/.test(l) &&
      l.length <= 100 &&
      looksLikeLinkTitle(l) &&
      isOnlyDateWords(
        l.replace(
          /^(published|posted|updated|last (updated|modified)|first published|date|dated|created|released)\s*(on|at)?\s*:?/i,
          "",
        ),
      ),
  },
  {
    name: "date line",
    // A line that is only a date and maybe a time and weekday: "Thu Dec 1, 2016 22:09:14", "14 February 2020 | 10:32 GMT".
    test: (l) =>
      l.length < 60 &&
      /\b(19|20)\d\d\b/.test(l) &&
      /^((mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?([a-z]{3,9}\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(st|nd|rd|th)?\s+[a-z]{3,9}\.?,?\s+\d{4}|\d{4}-\d\d-\d\d|\d{1,2}[/.]\d{1,2}[/.]\d{4})(\s*[T,|\-\u2013@]?\s*(at\s+)?\d{1,2}[:.]\d\d([:.]\d\d)?\s*([ap]\.?m\.?)?\s*([A-Z]{2,4}|[+-]\d\d:?\d\d)?)?$/i.test(
        l,
      ),
  },
  {
    name: "captcha or login prompt",
    test: (l) =>
      /^(security (key|code|question)|(re)?enter the (code|characters|text|words)( (shown|above|below|in the image))?|type the (characters|code|text)( (shown|above|below|you see))?|verification code|refresh( (the )?(image|code))?|i'?m not a robot|verify (that )?you are (a )?human|prove you'?re human)[\s:.*]*$/i.test(
        l,
      ) ||
      (l.length < 60 && /captcha/i.test(l)) ||
      (l.length < 80 &&
        /^((please )?(log|sign) ?in|register|subscribe)( (now|here|free|today))?( (to|or|and) (comment|reply|continue|read|view|access|register|sign up|create|post|see|unlock|join|keep).{0,50})?\s*[.:!]?$/i.test(
          l,
        )) ||
      (l.length < 120 &&
        /^(already (a subscriber|have an account|registered)\??|forgot (your )?password\??|create (an|a free) account|remember me|not a (member|subscriber)\?.{0,40})\s*(log ?in|sign ?in|register|subscribe)?[.!]?$/i.test(
          l,
        )) ||
      // "Password *:", "E-mail: *": the label and its marks, in one class so spaces cannot be split three ways.
      /^(username|password|e-?mail( address)?|name|website|comment)[\s*:]*$/i.test(l),
  },
  {
    name: "render timing",
    test: (l) =>
      (l.length <= 160 &&
        l.split(/\s+/).length <= 12 &&
        (/\b(generated|rendered|served|created|processed|built|loaded) in\s*[\d.,/]+\s*(sec(onds?|s)?|ms|milliseconds?|s)\b/i.test(
          l,
        ) ||
          /\b\d+ (database )?queries\b.*\b[\d.]+\s*(sec(onds?)?|ms|s)\b/i.test(l))) ||
      /^(query|load|execution|render|response|processing) time[\s:]*[\d.,/]+\s*(sec(onds?|s)?|ms|s)\b/i.test(
        l,
      ) ||
      /^this page took [\d.,]+\s*(sec(onds?)?|ms|s)\b/i.test(l),
  },
  { name: "serialized data", test: (l) => looksSerialized(l) },
  { name: "rule", test: (l) => /^([-*_=~\u2013\u2014\u2022·]\s*){3,}$/.test(l) },
  { name: "bare link", test: (l) => /^<?https?:\/\/\S+>?$/.test(l) },
  {
    name: "share links",
    test: (l) =>
      /^((share|post|pin|tweet|send|email|e-mail|print)( (this|it)( article| story| page)?)?( (on|to|via) \w+)?|tweet|pin it|whatsapp|facebook|twitter|linkedin|reddit|telegram|messenger|pinterest|copy link|print( this)?( page| article)?|email( this)?( page| article)?|(click|tap) to (share|print|email)\b.*|(opens in (a )?new window)|follow us( on \w+)?|like us on facebook)\s*[:.]?$/i.test(
        l,
      ) ||
      // A row of share buttons flattened into one line: "Facebook Twitter WhatsApp Email".
      (l.length < 80 &&
        (l.match(
          /\b(facebook|twitter|whatsapp|linkedin|reddit|telegram|pinterest|email|print|copy link|messenger|tumblr)\b/gi,
        )?.length ?? 0) >= 3 &&
        l.replace(
          /\b(facebook|twitter|whatsapp|linkedin|reddit|telegram|pinterest|email|print|copy link|messenger|tumblr|share)\b|[\s|,·•/-]/gi,
          "",
        ).length === 0),
  },
  {
    name: "tags",
    test: (l) =>
      looksLikeLinkTitle(l) &&
      /^(tags?|tagged( with)?|topics?|keywords?|filed under|categor(y|ies)|posted in)\s*:\s*\S.{0,200}$/i.test(
        l,
      ),
  },
  {
    name: "site chrome",
    test: (l) =>
      /^(advertisement|advertising|sponsored( content)?|ad|skip to (main )?content|skip (navigation|ad)|back to top|(scroll|continue reading) (to|below)|continue reading( below)?|story continues below( advertisement)?|listen to (this )?article|read in app|loading\.*|close|menu|search|home)\s*[.:]?$/i.test(
        l,
      ) ||
      (l.length < 160 && /^(©|\(c\)|copyright[\s©]*(\(c\)\s*)?(19|20)\d\d)/i.test(l)) ||
      /^all rights reserved\.?$/i.test(l) ||
      /^(we use cookies|this (web)?site uses cookies)\b.{0,300}$/i.test(l) ||
      /^(sign up|subscribe) (for|to) (our|the) .{0,40}newsletters?\b.{0,80}$/i.test(l) ||
      /^(accept( all)?( cookies)?|reject all|manage (cookie )?(settings|preferences))$/i.test(l),
  },
  {
    name: "photo credit",
    // "Hadi Mizban/AP", "File CNN", "(Photo: Reuters)", "AP Photo/Hassan Ammar", "Image copyright Getty Images",
    // "... Air Force photo by Senior Tyler Woodward."
    test: (l) =>
      (l.length < 40 &&
        /^[A-Z][\w.'-]*( [A-Z][\w.'-]*){0,3}\s*\/\s*[A-Z][\w.]*( [A-Z][\w.]*){0,2}$/.test(l)) ||
      // Credits are short; the length check keeps the `\s*(:|by)?\s*` splits of a long run from being tried.
      (l.length <= 120 &&
        (/^([Ff]ile|[Pp]hoto|[Ii]mage|[Cc]redit)s?\s*(:|by)?\s*[A-Z][\w.]*( [A-Z][\w.]*){0,2}$/.test(
          l,
        ) ||
          /^\(?(file )?(photo|image|picture|credit|pic|video)s?\s*(:|by|courtesy of)\s*[^.]{2,60}\)?\.?$/i.test(
            l,
          ) ||
          /^\(?([A-Z]+ )?photo\s*\/\s*[^.]{2,60}\)?\.?$/i.test(l))) ||
      /^image (copyright|caption|source)\b.{0,160}$/i.test(l) ||
      /^[A-Z][\w.'-]*( [A-Z][\w.'-]*){0,3}\s*\/\s*(getty images|afp|ap|reuters|epa|anadolu agency)( via getty images)?\.?$/i.test(
        l,
      ) ||
      // [\w.]* already takes a final full stop: a separate `\.?$` would retry it at every occurrence.
      /\b(photo|picture|image) (by|courtesy of) [A-Z][\w.]*( [A-Z][\w.]*){0,4}$/.test(l),
  },
  {
    name: "signature",
    // A short bold or plain outlet name alone on the last line: "**Radio Habana Cuba**".
    test: (l, c) => isLast(c) && /^\*\*[^*]{2,60}\*\*$/.test(l),
  },
];

/** What each rule removes, in the words shown to the admin. */
export const RULE_LABELS: Record<string, string> = {
  title: "Title (stored as the title)",
  "repeated title": "Title repeated in the text",
  "comment form": "Comment form",
  "after comment form": "After the comment form (comments, related links)",
  "related links": "Related links",
  "share links": "Share buttons",
  "id line": "Page ID",
  "published line": "Published date (stored as the date)",
  "date line": "Date line (stored as the date)",
  "captcha or login prompt": "Captcha or login prompt",
  "render timing": "Page render timing",
  "serialized data": "Serialized data dump",
  rule: "Divider",
  "bare link": "Link (stored as the URL)",
  tags: "Tags",
  "site chrome": "Site chrome (ads, cookies, navigation)",
  "photo credit": "Photo credit or caption",
  signature: "Outlet signature (stored as the outlet)",
};
