/**
 * Whether a cookie-authenticated write came from one of Tally's own pages. A browser marks every request
 * with Sec-Fetch-Site (which page scripts cannot forge); older browsers send at least Origin, compared
 * with the host the request was addressed to. A request with neither is refused: a cookie alone must
 * never let another site post on a signed-in user's behalf.
 */
export function isSameOriginRequest(headers: Headers): boolean {
  const site = headers.get("sec-fetch-site");
  if (site !== null) return site === "same-origin";
  const origin = headers.get("origin");
  if (!origin || origin === "null") return false;
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  try {
    return host !== null && new URL(origin).host === host.toLowerCase();
  } catch {
    return false;
  }
}
