import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNewsServer, type NewsServer } from "@/tests/fixtures/news-server";
import { parseAllowList, refusedRange } from "./address-policy";
import { fetchPage, FetchPageError, type FetchLimits } from "./fetch-page";

let site: NewsServer;
beforeAll(async () => {
  site = await startNewsServer();
});
afterAll(() => site.close());

const limits = (over: Partial<FetchLimits> = {}): FetchLimits => ({
  timeoutMs: 5000,
  maxBytes: 5 * 1048576,
  maxRedirects: 5,
  allow: parseAllowList("127.0.0.1"),
  ...over,
});

async function failure(promise: Promise<unknown>): Promise<FetchPageError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FetchPageError) return error;
    throw error;
  }
  throw new Error("expected the fetch to fail");
}

describe("refusedRange", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["10.20.30.40", "private"],
    ["172.31.255.1", "private"],
    ["192.168.1.1", "private"],
    ["169.254.169.254", "link-local"],
    ["100.100.1.1", "shared (CGNAT)"],
    ["0.0.0.0", "unspecified"],
    ["224.0.0.1", "multicast"],
    ["::1", "loopback"],
    ["::", "unspecified"],
    ["fd12:3456::1", "unique-local"],
    ["fe80::1", "link-local"],
    ["ff02::1", "multicast"],
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:a00:1", "private"],
  ])("%s is %s", (address, range) => {
    expect(refusedRange(address)).toBe(range);
  });

  it.each(["93.184.216.34", "8.8.8.8", "2606:4700::1111", "::ffff:8.8.8.8"])(
    "%s is public",
    (address) => expect(refusedRange(address)).toBeNull(),
  );
});

describe("fetchPage", () => {
  it("fetches an allowed page and follows redirects to it", async () => {
    const page = await fetchPage(site.url("/redirect/3/harbour-1"), limits());
    expect(page.finalUrl).toBe(site.url("/articles/harbour-1"));
    expect(page.body).toContain("<h1>Harbour report harbour-1");
  });

  it("refuses a private address unless allow-listed, with a clear message", async () => {
    const refused = await failure(
      fetchPage(site.url("/articles/a"), limits({ allow: parseAllowList("") })),
    );
    expect(refused.reason).toBe("refused-address");
    expect(refused.message).toMatch(/loopback address \(127\.0\.0\.1\).*TALLY_FETCH_ALLOW/);
    const byName = await failure(
      fetchPage(
        `http://localhost:${new URL(site.origin).port}/articles/a`,
        limits({ allow: parseAllowList("") }),
      ),
    );
    expect(byName.message).toMatch(/^localhost is on a loopback address/);
    const v6 = await failure(
      fetchPage("http://[::ffff:7f00:1]/", limits({ allow: parseAllowList("") })),
    );
    expect(v6.reason).toBe("refused-address");
  });

  it("re-checks every redirect: a hop into the private network is refused", async () => {
    const error = await failure(fetchPage(site.url("/to-private"), limits()));
    expect(error.reason).toBe("refused-address");
    expect(error.message).toContain("10.1.2.3");
  });

  it("refuses other schemes", async () => {
    for (const url of ["file:///etc/passwd", "ftp://example.com/x", "javascript:alert(1)"]) {
      const error = await failure(fetchPage(url, limits()));
      expect(error.reason).toBe("bad-url");
    }
  });

  it("stops a 50 MB page at the size limit, quickly", async () => {
    const started = Date.now();
    const error = await failure(fetchPage(site.url("/huge"), limits({ maxBytes: 2 * 1048576 })));
    expect(error.reason).toBe("too-large");
    expect(error.message).toBe(
      "The page is larger than 2 MB; Tally stopped reading it at that size.",
    );
    expect(Date.now() - started).toBeLessThan(4000);
  });

  it("gives up on a slow page at the time limit", async () => {
    const started = Date.now();
    const error = await failure(fetchPage(site.url("/slow"), limits({ timeoutMs: 1500 })));
    const took = Date.now() - started;
    expect(error.reason).toBe("timeout");
    expect(error.message).toBe(
      "The page did not arrive within 1.5 seconds; Tally gave up waiting.",
    );
    expect(took).toBeGreaterThanOrEqual(1400);
    expect(took).toBeLessThan(3000);
  });

  it("ends a redirect loop and a too-long chain with a clear error", async () => {
    const loop = await failure(fetchPage(site.url("/loop/a"), limits()));
    expect(loop.reason).toBe("redirects");
    expect(loop.message).toMatch(/redirects in a loop/);
    const chain = await failure(fetchPage(site.url("/redirect/9/x"), limits({ maxRedirects: 3 })));
    expect(chain.message).toBe(
      "The page redirected more than 3 times; Tally stopped following it.",
    );
  });

  it("reports an error status in words", async () => {
    const error = await failure(fetchPage(site.url("/gone"), limits()));
    expect(error.message).toBe("The site answered 404 Not Found.");
  });
});
