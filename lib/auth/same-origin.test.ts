import { describe, expect, it } from "vitest";
import { isSameOriginRequest } from "./same-origin";

const h = (init: Record<string, string>) => new Headers(init);

describe("isSameOriginRequest", () => {
  it("trusts Sec-Fetch-Site when the browser sends it", () => {
    expect(isSameOriginRequest(h({ "sec-fetch-site": "same-origin" }))).toBe(true);
    expect(isSameOriginRequest(h({ "sec-fetch-site": "cross-site", origin: "http://a" }))).toBe(
      false,
    );
    expect(isSameOriginRequest(h({ "sec-fetch-site": "same-site" }))).toBe(false);
  });
  it("otherwise compares Origin with the host asked for", () => {
    expect(isSameOriginRequest(h({ origin: "https://tally.example", host: "tally.example" }))).toBe(
      true,
    );
    expect(isSameOriginRequest(h({ origin: "https://evil.example", host: "tally.example" }))).toBe(
      false,
    );
    expect(isSameOriginRequest(h({ origin: "null", host: "tally.example" }))).toBe(false);
  });
  it("refuses a request that carries neither", () => {
    expect(isSameOriginRequest(h({ host: "tally.example" }))).toBe(false);
  });
});
