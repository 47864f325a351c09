import { describe, expect, it } from "vitest";
import { safeNextPath } from "./next-path";

describe("safeNextPath", () => {
  it("keeps same-site paths", () => {
    expect(safeNextPath("/articles/3?x=1")).toBe("/articles/3?x=1");
    expect(safeNextPath("/review#claim-4")).toBe("/review#claim-4");
  });
  it("refuses other sites and protocol-relative URLs", () => {
    expect(safeNextPath("https://evil.example")).toBe("/");
    expect(safeNextPath("//evil.example")).toBe("/");
    expect(safeNextPath("///evil.example")).toBe("/");
    expect(safeNextPath("/\\evil.example")).toBe("/");
    expect(safeNextPath("\\\\evil.example")).toBe("/");
    expect(safeNextPath("javascript:alert(1)")).toBe("/");
  });
  it("refuses the tricks browsers forgive: tabs, newlines and backslashes inside the path", () => {
    for (const trick of [
      "/\t/evil.example",
      "/\n/evil.example",
      "/\r\n/evil.example",
      "/\\/evil.example",
      "/ \t/evil.example",
      "/\u0000/evil.example",
      "/.\\evil.example",
    ])
      expect(safeNextPath(trick), JSON.stringify(trick)).toBe("/");
  });
  it("keeps encoded slashes as part of a path on this site", () => {
    // "%2F%2F" stays encoded in the path: a browser resolves it on this site, never as a host.
    const kept = safeNextPath("/%2F%2Fevil.example");
    expect(kept.startsWith("/") && !kept.startsWith("//")).toBe(true);
    expect(safeNextPath("/%09/evil.example").startsWith("//")).toBe(false);
  });
  it("resolves dot segments without leaving the site", () => {
    expect(safeNextPath("/../..//evil.example")).toBe("/");
    expect(safeNextPath("/a/../b")).toBe("/b");
  });
  it("does not loop back to the login page", () => {
    expect(safeNextPath("/login")).toBe("/");
    expect(safeNextPath("/login?next=/x")).toBe("/");
  });
});
