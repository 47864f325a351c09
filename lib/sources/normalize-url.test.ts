import { describe, expect, it } from "vitest";
import { normalizeSourceUrl } from "./normalize-url";

const norm = (raw: string) => {
  const r = normalizeSourceUrl(raw);
  return r.ok ? r.normalized : `ERR ${r.error}`;
};

describe("normalizeSourceUrl", () => {
  it("lower-cases the host, drops the fragment, default port and trailing slash", () => {
    expect(norm("HTTPS://Example.ORG:443/Reports/2020/#table-3")).toBe(
      "https://example.org/Reports/2020",
    );
    expect(norm("http://example.org:80/")).toBe("http://example.org");
    expect(norm("https://example.org:8443/a")).toBe("https://example.org:8443/a");
  });

  it("drops utm_* and other tracking parameters but keeps the rest in order", () => {
    expect(norm("https://ex.org/a?id=7&utm_source=tw&UTM_Medium=x&fbclid=abc&page=2&gclid=1")).toBe(
      "https://ex.org/a?id=7&page=2",
    );
    expect(norm("https://ex.org/a/?utm_campaign=z")).toBe("https://ex.org/a");
  });

  it("makes variants of one address equal", () => {
    const variants = [
      "https://airwars.org/report/?utm_source=x#top",
      "https://AIRWARS.org/report",
      "https://airwars.org:443/report/",
    ];
    expect(new Set(variants.map(norm)).size).toBe(1);
  });

  it("refuses malformed and non-web addresses with a specific message", () => {
    expect(norm("not a url")).toMatch(/^ERR .*valid web address/);
    expect(norm("")).toMatch(/^ERR Enter/);
    expect(norm("javascript:alert(1)")).toMatch(/^ERR .*http/);
    expect(norm("ftp://example.org/file")).toMatch(/^ERR .*http/);
    expect(norm("https://intranet/x")).toMatch(/^ERR .*host/);
  });
});
