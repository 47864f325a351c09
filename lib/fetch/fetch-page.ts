import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import zlib from "node:zlib";
import type { Readable } from "node:stream";
import { isAllowed, refusedRange, type AllowList } from "./address-policy";
import { decodeBody } from "./decode";

/** Limits on one server-side fetch, counted over the whole chain of redirects. */
export interface FetchLimits {
  /** From the first request to the last byte. */
  timeoutMs: number;
  /** Bytes of the body after decompression; reading stops the moment it is passed. */
  maxBytes: number;
  maxRedirects: number;
  /** Hosts and addresses on refused ranges that may be fetched anyway (tests, an intranet). */
  allow: AllowList;
  /** The Accept header: pages or feeds. */
  accept?: string;
}

export interface FetchedPage {
  requestedUrl: string;
  /** Where the last redirect led: the address the body came from. */
  finalUrl: string;
  status: number;
  contentType: string;
  body: string;
  bytes: number;
}

export type FetchFailure =
  "bad-url" | "refused-address" | "timeout" | "too-large" | "redirects" | "http-status" | "network";

/** A fetch that did not return a page, with a message an admin can act on. */
export class FetchPageError extends Error {
  constructor(
    readonly reason: FetchFailure,
    message: string,
  ) {
    super(message);
  }
}

const megabytes = (n: number) => `${(n / 1048576).toFixed(n % 1048576 === 0 ? 0 : 1)} MB`;
const seconds = (ms: number) => `${ms % 1000 === 0 ? ms / 1000 : (ms / 1000).toFixed(1)} seconds`;

export function checkedUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new FetchPageError("bad-url", `"${raw.slice(0, 200)}" is not a web address.`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new FetchPageError(
      "bad-url",
      `Only http and https addresses can be fetched, not ${url.protocol}`,
    );
  if (url.username || url.password)
    throw new FetchPageError("bad-url", "Addresses with a user name or password are not fetched.");
  return url;
}

function refusal(host: string, address: string, range: string): FetchPageError {
  return new FetchPageError(
    "refused-address",
    `${host} is on a ${range} address (${address}); Tally only fetches public web addresses. ` +
      "An administrator can allow it with TALLY_FETCH_ALLOW.",
  );
}

/** Resolves a host and refuses it if any of its addresses is on a refused range, then connects to
 * exactly the addresses it checked (so a second DNS answer cannot swap in a private one). */
function guardedLookup(allow: AllowList): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { all: true, family: options.family ?? 0 }, (error, addresses) => {
      if (error) return callback(error, "", 0);
      for (const { address } of addresses) {
        const range = refusedRange(address);
        if (range && !isAllowed(allow, hostname, address))
          return callback(refusal(hostname, address, range), "", 0);
      }
      if (options.all)
        return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, addresses);
      const first = addresses[0];
      if (!first) return callback(new Error(`${hostname} has no address`), "", 0);
      callback(null, first.address, first.family);
    });
  };
}

function checkLiteralAddress(url: URL, allow: AllowList): void {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (isIP(host) === 0) return;
  const range = refusedRange(host);
  if (range && !isAllowed(allow, host, host)) throw refusal(host, host, range);
}

function decompressed(response: http.IncomingMessage): Readable {
  const encoding = (response.headers["content-encoding"] ?? "").toLowerCase().trim();
  if (encoding === "gzip" || encoding === "x-gzip") return response.pipe(zlib.createGunzip());
  if (encoding === "deflate") return response.pipe(zlib.createInflate());
  if (encoding === "br") return response.pipe(zlib.createBrotliDecompress());
  return response;
}

interface Hop {
  status: number;
  location?: string;
  contentType: string;
  body?: Buffer;
}

function requestOnce(url: URL, limits: FetchLimits, signal: AbortSignal): Promise<Hop> {
  const client = url.protocol === "https:" ? https : http;
  return new Promise<Hop>((resolve, reject) => {
    const request = client.get(
      url,
      {
        // A fresh connection each time: every hop is resolved and checked again, never reused.
        agent: false,
        lookup: guardedLookup(limits.allow),
        signal,
        headers: {
          "User-Agent": "Tally/0.1 (+fact-checking import)",
          Accept: limits.accept ?? "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
          "Accept-Encoding": "gzip, deflate, br",
        },
      },
      (response) => {
        const status = response.statusCode ?? 0;
        const contentType = String(response.headers["content-type"] ?? "");
        if (status >= 300 && status < 400 && response.headers.location) {
          response.resume();
          return resolve({ status, location: response.headers.location, contentType });
        }
        if (status >= 400) {
          response.resume();
          return resolve({ status, contentType });
        }
        const declared = Number(response.headers["content-length"] ?? 0);
        if (declared > limits.maxBytes && !response.headers["content-encoding"]) {
          response.destroy();
          return reject(tooLarge(limits));
        }
        const chunks: Buffer[] = [];
        let total = 0;
        const body = decompressed(response);
        body.on("data", (chunk: Buffer) => {
          total += chunk.length;
          if (total > limits.maxBytes) {
            response.destroy();
            body.destroy();
            reject(tooLarge(limits));
            return;
          }
          chunks.push(chunk);
        });
        body.on("end", () => resolve({ status, contentType, body: Buffer.concat(chunks) }));
        body.on("error", reject);
        response.on("error", reject);
      },
    );
    request.on("error", reject);
  });
}

const tooLarge = (limits: FetchLimits) =>
  new FetchPageError(
    "too-large",
    `The page is larger than ${megabytes(limits.maxBytes)}; Tally stopped reading it at that size.`,
  );

/** Fetches one page over http(s) within the limits, following redirects by hand so each hop's
 * address is checked again. Throws FetchPageError with a message an admin can act on. */
export async function fetchPage(raw: string, limits: FetchLimits): Promise<FetchedPage> {
  const requested = checkedUrl(raw);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  const seen = new Set<string>();
  let url = requested;
  try {
    for (let hop = 0; ; hop++) {
      checkLiteralAddress(url, limits.allow);
      seen.add(url.href);
      const answer = await requestOnce(url, limits, controller.signal);
      if (answer.location !== undefined) {
        const next = checkedUrl(new URL(answer.location, url).href);
        if (seen.has(next.href))
          throw new FetchPageError(
            "redirects",
            `The page redirects in a loop (back to ${next.href}).`,
          );
        if (hop + 1 > limits.maxRedirects)
          throw new FetchPageError(
            "redirects",
            `The page redirected more than ${limits.maxRedirects} times; Tally stopped following it.`,
          );
        url = next;
        continue;
      }
      if (answer.status >= 400 || !answer.body)
        throw new FetchPageError(
          "http-status",
          `The site answered ${answer.status} ${http.STATUS_CODES[answer.status] ?? ""}`.trim() +
            ".",
        );
      return {
        requestedUrl: requested.href,
        finalUrl: url.href,
        status: answer.status,
        contentType: answer.contentType,
        body: decodeBody(answer.body, answer.contentType),
        bytes: answer.body.length,
      };
    }
  } catch (error) {
    if (error instanceof FetchPageError) throw error;
    if (controller.signal.aborted)
      throw new FetchPageError(
        "timeout",
        `The page did not arrive within ${seconds(limits.timeoutMs)}; Tally gave up waiting.`,
      );
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOTFOUND" || code === "EAI_AGAIN")
      throw new FetchPageError("network", `No such site: ${url.hostname} could not be found.`);
    if (code === "ECONNREFUSED")
      throw new FetchPageError("network", `${url.host} refused the connection.`);
    throw new FetchPageError("network", `Could not fetch ${url.host}: ${(error as Error).message}`);
  } finally {
    clearTimeout(timer);
  }
}
