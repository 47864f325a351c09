/** Readable outlet names: never a URL, and from the host when a page names no outlet at all. */

const LOOKS_LIKE_URL = /^(?:https?:\/\/|www\.)|^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/?$/i;

/** The label that names the site: "finance.yahoo.com" → "yahoo", "www.telegraph.co.uk" → "telegraph".
 * A two-letter country ending after a short second level ("co.uk", "com.au") counts as one ending. */
export function siteLabel(host: string): string | undefined {
  const labels = host
    .toLowerCase()
    .replace(/\.$/, "")
    .split(".")
    .filter((l) => l.length > 0);
  if (labels.length < 2) return labels[0];
  const last = labels[labels.length - 1]!;
  const second = labels[labels.length - 2]!;
  const countrySecondLevel = last.length === 2 && second.length <= 3 && labels.length >= 3;
  return countrySecondLevel ? labels[labels.length - 3] : second;
}

/** "nytimes.com" → "Nytimes", "tmz.com" → "TMZ": short labels read as initials. */
export function outletFromHost(host: string): string | undefined {
  const label = siteLabel(host);
  if (!label || /^\d+$/.test(label)) return undefined;
  const words = label.split("-").filter(Boolean);
  if (words.length === 1 && label.length <= 3) return label.toUpperCase();
  return words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(" ");
}

function hostOf(value: string): string | undefined {
  try {
    return new URL(/^https?:\/\//i.test(value) ? value : `https://${value}`).hostname;
  } catch {
    return undefined;
  }
}

/** A site name as pages state it, made readable: a URL becomes a name from its host, and a
 * lower-case leading article is capitalised ("the Guardian" → "The Guardian"). */
export function readableOutlet(name: string | undefined): string | undefined {
  const trimmed = name?.replace(/\s+/g, " ").trim();
  if (!trimmed) return undefined;
  if (LOOKS_LIKE_URL.test(trimmed)) {
    const host = hostOf(trimmed);
    return host ? outletFromHost(host) : undefined;
  }
  if (trimmed.length > 120) return undefined;
  return trimmed.replace(/^the\b/, "The");
}

/** True when the host's label can be spelled from the name's words, each contributing a prefix of
 * itself in order and any skipped: "The New York Times" spells "nytimes", "The Washington Post"
 * spells "washingtonpost", "Feb. 1, 2016" spells nothing. Tells a site name in a page title from
 * a section, a byline or a date. Bounded: at most 8 words and a 63-letter label. */
export function nameSpellsHost(name: string, host: string): boolean {
  const label = siteLabel(host)?.replace(/-/g, "");
  const words = name
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (!label || words.length === 0 || words.length > 8 || label.length > 63) return false;
  const memo = new Map<number, boolean>();
  const fits = (w: number, at: number): boolean => {
    if (at === label.length) return true;
    if (w === words.length) return false;
    const key = w * 64 + at;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let ok = fits(w + 1, at);
    const word = words[w]!;
    for (let k = 1; !ok && k <= word.length && at + k <= label.length; k++) {
      if (word[k - 1] !== label[at + k - 1]) break;
      ok = fits(w + 1, at + k);
    }
    memo.set(key, ok);
    return ok;
  };
  return fits(0, 0);
}
