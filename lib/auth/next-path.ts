const BASE = "http://tally.invalid";

/**
 * Only same-site paths: an attacker's `?next=` must never become a redirect to another site. Browsers
 * forgive a lot in a URL (they drop tabs and newlines, read `\` as `/`), so rather than guess at every
 * trick this refuses those characters outright, resolves what is left the way a browser would, and
 * keeps it only if it stays on this site.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || next.length > 2000 || !next.startsWith("/")) return "/";
  // Control characters (tab, CR, LF…), DEL and backslashes: each can turn "/x" into "//host".
  // A single character class: linear, whatever the input.
  if (/[\u0000-\u001f\u007f\\]/.test(next)) return "/";
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return "/";
  }
  if (url.origin !== BASE) return "/";
  const path = url.pathname + url.search + url.hash;
  if (path.startsWith("//") || url.pathname === "/login" || url.pathname.startsWith("/login/"))
    return "/";
  return path;
}
