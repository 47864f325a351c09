/** Page furniture, recognised by its shape rather than by any one site's wording. */
export interface LineRule {
  name: string;
  test: (line: string, context: { index: number; lines: { text: string }[] }) => boolean;
}

const isLast = (context: { index: number; lines: { text: string }[] }) =>
  context.lines.slice(context.index + 1).every((l) => !l.text.trim());

/** Punctuation typical of serialized data ({"id":"1","sort":"2"}) is rare in prose. */
function looksSerialized(line: string): boolean {
  if (/^(string|array|object|int|bool)\(\d+\)/i.test(line)) return true;
  if (line.length < 80) return false;
  const structural = line.match(/[{}[\]":]/g)?.length ?? 0;
  return structural / line.length > 0.08 && /[{[]/.test(line[0] ?? "");
}

export const ENDS_ARTICLE_RULES: LineRule[] = [
  {
    name: "comment form",
    test: (l) =>
      /^(leave a (reply|comment)|post a comment|add (a|your) comment|write a comment|\d+\s+comments?|comments?\s*\(\d+\))\s*:?$/i.test(l) ||
      /your email address will not be published/i.test(l),
  },
];

export const FURNITURE_RULES: LineRule[] = [
  { name: "id line", test: (l) => /^(news|story|article|post)\s*id\s*[:#]\s*\S+$/i.test(l) },
  {
    name: "published line",
    test: (l) => /^(published|posted|updated|last updated|date)\s*(on|at)?\s*:?\s*.{0,60}\b(19|20)\d\d\b.{0,20}$/i.test(l),
  },
  {
    name: "date line",
    // A line that is only a date and maybe a time and weekday: "Thu Dec 1, 2016 22:09:14".
    test: (l) =>
      l.length < 60 &&
      /\b(19|20)\d\d\b/.test(l) &&
      /^((mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?([a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[a-z]{3,9}\s+\d{4}|\d{4}-\d\d-\d\d)(\s*[T,]?\s*\d{1,2}:\d\d(:\d\d)?\s*([ap]m|gmt|utc)?)?$/i.test(l),
  },
  { name: "captcha or login prompt", test: (l) => /^(security (key|code)|captcha\b|enter the (code|characters)|type the characters|(log|sign) ?in (to|or) (comment|register)|you must be logged in)/i.test(l) || /^captcha refresh$/i.test(l) },
  { name: "render timing", test: (l) => /\b(page )?(generated|rendered|served) in\s*[\d./]+\s*(sec(onds)?|ms|s)\b/i.test(l) },
  { name: "serialized data", test: (l) => looksSerialized(l) },
  { name: "rule", test: (l) => /^([-*_=]\s*){3,}$/.test(l) },
  { name: "bare link", test: (l) => /^<?https?:\/\/\S+>?$/.test(l) },
  { name: "share links", test: (l) => /^(share( this( article)?)?( on \w+)?|tweet|email|print|whatsapp|facebook|twitter|linkedin|related( articles| stories)?|read more|see also|also read|more from \w+)\s*:?$/i.test(l) },
  {
    name: "photo credit",
    // "Hadi Mizban/AP", "File CNN", "(Photo: Reuters)", "... Air Force photo by Senior Tyler Woodward."
    test: (l) =>
      (l.length < 40 && /^[A-Z][\w.'-]*( [A-Z][\w.'-]*){0,3}\s*\/\s*[A-Z][\w.]*$/.test(l)) ||
      /^([Ff]ile|[Pp]hoto|[Ii]mage|[Cc]redit)s?\s*(:|by)?\s*[A-Z][\w.]*( [A-Z][\w.]*){0,2}$/.test(l) ||
      /^\(?(photo|image|picture|credit)s?\s*(:|by)\s*[^.]{2,60}\)?\.?$/i.test(l) ||
      /\b(photo|picture|image) (by|courtesy of) [A-Z][\w.]*( [A-Z][\w.]*){0,4}\.?$/.test(l),
  },
  {
    name: "signature",
    // A short bold or plain outlet name alone on the last line: "**Radio Habana Cuba**".
    test: (l, c) => isLast(c) && /^\*\*[^*]{2,60}\*\*$/.test(l),
  },
];
