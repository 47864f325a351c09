/** Query parameters that only track where a click came from; two URLs differing only in these are one source. */
const TRACKING_PARAMS = new Set([
  "fbclid",
  "gclid",
  "dclid",
  "gbraid",
  "wbraid",
  "msclkid",
  "yclid",
  "twclid",
  "igshid",
  "mc_cid",
  "mc_eid",
  "_ga",
  "_gl",
  "_hsenc",
  "_hsmi",
  "mkt_tok",
  "ref_src",
  "ref_url",
  "s_cid",
  "oly_anon_id",
  "oly_enc_id",
  "vero_id",
  "wt_mc",
  "cmpid",
  "ncid",
  "sr_share",
]);

function isTracking(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith("utm_") || TRACKING_PARAMS.has(lower);
}

export type NormalizedUrl =
  { ok: true; url: string; normalized: string } | { ok: false; error: string };

/**
 * The dedupe key of a source URL: http(s) only; lower-case host (URL does that, and drops a default
 * port); no fragment; no utm_* or other tracking parameters (the rest keep their order); no trailing slash.
 */
export function normalizeSourceUrl(raw: string): NormalizedUrl {
  const trimmed = raw.trim();
  if (trimmed === "") return { ok: false, error: "Enter the source's address." };
  if (trimmed.length > 2048)
    return { ok: false, error: "That address is too long (2,048 characters at most)." };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, error: "That is not a valid web address; it should start with https://." };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return { ok: false, error: "Source addresses must start with http:// or https://." };
  }
  if (!url.hostname.includes(".") && url.hostname !== "localhost") {
    return { ok: false, error: "That address has no valid host name." };
  }
  url.hash = "";
  url.username = "";
  url.password = "";
  for (const name of [...url.searchParams.keys()])
    if (isTracking(name)) url.searchParams.delete(name);
  const search = url.searchParams.toString();
  const path = url.pathname.replace(/\/+$/, "");
  const normalized = `${url.protocol}//${url.host}${path}${search ? `?${search}` : ""}`;
  return { ok: true, url: trimmed, normalized };
}
