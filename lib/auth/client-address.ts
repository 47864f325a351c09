/**
 * The caller's address, for throttling. Only Tally's own server (scripts/server.ts) knows the socket's
 * peer, so it works the address out and hands it to the app in this header, overwriting whatever a
 * client sent under the same name.
 */
export const CLIENT_ADDRESS_HEADER = "x-tally-client-address";

/**
 * The client's address behind `trustedHops` reverse proxies. Each proxy appends the address it got the
 * request from to X-Forwarded-For, so the chain, read right to left from the socket's peer, is only
 * trustworthy for as many entries as there are proxies of our own: 0 hops is the socket's peer itself,
 * 1 is the last X-Forwarded-For entry (written by our proxy), and so on. Entries further left were
 * written by the client and are never used, so forging them neither dodges nor frames anyone.
 */
export function clientAddressFromChain(
  forwardedFor: string | undefined,
  socketAddress: string | undefined,
  trustedHops: number,
): string | null {
  const chain = (forwardedFor ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part.length > 0 && part.length <= 64);
  if (socketAddress) chain.push(socketAddress);
  if (chain.length === 0) return null;
  // Fewer entries than proxies: the leftmost one our proxies wrote is the best there is.
  return normalizeAddress(chain[Math.max(0, chain.length - 1 - trustedHops)]!);
}

/** "::ffff:10.0.0.1" (an IPv4 peer on a dual-stack socket) is the same caller as "10.0.0.1". */
function normalizeAddress(address: string): string {
  const lower = address.toLowerCase();
  return lower.startsWith("::ffff:") && lower.includes(".") ? lower.slice(7) : lower;
}

export function clientAddressOf(headers: Headers): string | null {
  return headers.get(CLIENT_ADDRESS_HEADER) || null;
}
