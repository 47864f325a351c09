/** Only same-site paths: an attacker's `?next=https://evil.example` must not become a redirect. */
export function safeNextPath(next: string | null | undefined): string {
  if (
    !next ||
    !next.startsWith("/") ||
    next.startsWith("//") ||
    next.startsWith("/\\") ||
    next.startsWith("/login")
  )
    return "/";
  return next;
}
