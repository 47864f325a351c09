import { describe, expect, it } from "vitest";
import { linkClaimsSchema } from "./link";
import { attachSourceSchema } from "./source";
import { disputeClaimSchema, editClaimSchema } from "./claim";

const first = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
  r.success ? null : r.error!.issues[0]!.message;

describe("claim, link and source input", () => {
  it("refuses a link from a claim to itself, and unknown relations", () => {
    expect(
      first(linkClaimsSchema.safeParse({ fromClaimId: 4, toClaimId: 4, relation: "same_figure" })),
    ).toBe("A claim cannot be linked to itself.");
    expect(
      first(linkClaimsSchema.safeParse({ fromClaimId: 4, toClaimId: 5, relation: "cousin" })),
    ).toBe("Choose how the claims relate.");
    expect(
      linkClaimsSchema.safeParse({ fromClaimId: 4, toClaimId: 5, relation: "part_of" }).success,
    ).toBe(true);
  });

  it("requires a dispute reason", () => {
    expect(first(disputeClaimSchema.safeParse({ claimId: 1, version: 1, reason: "   " }))).toMatch(
      /reason is required/,
    );
  });

  it("checks a corrected range", () => {
    const base = {
      claimId: 1,
      version: 2,
      value: 5,
      unit: "",
      counted: "",
      qualifier: "range",
      period: "",
    };
    expect(first(editClaimSchema.safeParse({ ...base, low: 9, high: 3 }))).toMatch(/low end/);
    const ok = editClaimSchema.safeParse({ ...base, low: 3, high: 9 });
    expect(ok.success && ok.data.unit).toBeNull();
  });

  it("validates a new source's URL and date, and accepts one without a URL", () => {
    const source = {
      title: "Interview with the spokesperson",
      url: "",
      publisher: "",
      publishedOn: "",
      type: "interview",
    };
    const attach = (s: object) =>
      attachSourceSchema.safeParse({
        claimId: 1,
        stance: "context",
        locator: "",
        source: { ...source, ...s },
      });
    expect(attach({}).success).toBe(true);
    expect(first(attach({ url: "htp:/broken" }))).toMatch(/http/);
    expect(first(attach({ publishedOn: "30/01/2020" }))).toMatch(/YYYY-MM-DD/);
    expect(first(attach({ title: " " }))).toBe("Give the source a title.");
  });
});

describe("forgiving source fields", () => {
  const attach = (s: object) =>
    attachSourceSchema.safeParse({
      claimId: 1,
      stance: "context",
      locator: "",
      source: { title: "Report", url: "", publisher: "", publishedOn: "", type: "dataset", ...s },
    });
  const source = (s: object) => {
    const r = attach(s);
    return r.success && "source" in r.data ? r.data.source : null;
  };

  it("reads a date the way the import does", () => {
    expect(source({ publishedOn: "13 Feb 2020" })?.publishedOn).toBe("2020-02-13");
    expect(source({ publishedOn: "February 14, 2020" })?.publishedOn).toBe("2020-02-14");
    expect(source({ publishedOn: "2020-02" })?.publishedOn).toBe("2020-02");
    expect(source({ publishedOn: "2019" })?.publishedOn).toBe("2019");
    expect(source({ publishedOn: "" })?.publishedOn).toBeNull();
    expect(attach({ publishedOn: "31 Feb 2020" }).success).toBe(false);
  });

  it("adds https:// to an address without a scheme", () => {
    expect(source({ url: "example.org/report.pdf" })?.url).toBe("https://example.org/report.pdf");
    expect(source({ url: "http://example.org/a" })?.url).toBe("http://example.org/a");
    expect(attach({ url: "not an address" }).success).toBe(false);
  });
});
