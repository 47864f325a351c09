/** The caller's address for throttling, as the reverse proxy in front of Tally reports it.
 * Null without one: a direct connection's peer address is not visible to Next, and lumping every
 * direct caller under one key would let five typos lock everybody out. */
export function clientAddressOf(headers: Headers): string | null {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || null;
}
