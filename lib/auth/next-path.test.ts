import { describe, expect, it } from "vitest";
import { safeNextPath } from "./next-path";

describe("safeNextPath", () => {
  it("keeps same-site paths", () =>
    expect(safeNextPath("/articles/3?x=1")).toBe("/articles/3?x=1"));
  it("refuses other sites and protocol-relative URLs", () => {
    expect(safeNextPath("https://evil.example")).toBe("/");
    expect(safeNextPath("//evil.example")).toBe("/");
    expect(safeNextPath("/\\evil.example")).toBe("/");
  });
  it("does not loop back to the login page", () => expect(safeNextPath("/login")).toBe("/"));
});
