import { afterAll, describe, expect, it } from "vitest";
import { exportAllPages, exportAnnotationCollection } from "@/db/queries/annotation-collection";
import { loadMustAssertions } from "./w3c-suite";
import { seedExportFixture } from "@/tests/export-fixture";

const fixture = seedExportFixture();
afterAll(() => fixture.close());
const BASE = "https://tally.example";

describe("W3C Web Annotation export", () => {
  const pages = exportAllPages(fixture.db, { base: BASE, limit: 4 });
  const annotations = pages.flatMap((p) => p.items);
  const assertions = loadMustAssertions();

  it("pages through every live claim", () => {
    expect(pages.length).toBe(2);
    expect(annotations).toHaveLength(6);
    expect(assertions.length).toBeGreaterThan(50);
  });

  it("passes every MUST assertion of the W3C test suite, for every annotation", () => {
    const failures: string[] = [];
    for (const annotation of annotations) {
      for (const assertion of assertions) {
        if (!assertion.validate(annotation))
          failures.push(`${annotation.id}: ${assertion.file}: ${assertion.errorMessage}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("the suite would catch a broken annotation", () => {
    const broken = { ...annotations[0], "@context": "http://example.org/ctx", target: undefined };
    const failed = assertions.filter((a) => !a.validate(broken)).map((a) => a.file);
    expect(failed).toContain("annotations/3.1-annotationContextValidated.json");
    expect(failed).toContain("annotations/3.1-targetKeyFound.json");
    const badSelector = {
      ...annotations[0],
      created: "yesterday",
      target: {
        type: "SpecificResource",
        source: "https://news.example/jobs",
        selector: [{ type: "TextQuoteSelector", prefix: "x" }],
      },
    };
    const failedSelector = assertions.filter((a) => !a.validate(badSelector)).map((a) => a.file);
    expect(failedSelector).toContain(
      "annotations/specificResource/4.2.4-textQuoteSelectorValid.json",
    );
    expect(failedSelector).toContain("annotations/3.3.1-annotationCreatedValidated.json");
  });

  it("targets the article URL (or a URN) with a quote and a position selector", () => {
    const first = annotations[0]!;
    expect(first.target.source).toBe("https://news.example/jobs");
    expect(first.target.selector).toEqual([
      {
        type: "TextQuoteSelector",
        exact: "4.2%",
        prefix: "Unemployment fell to ",
        suffix: " in March, the lowest in a decad",
      },
      { type: "TextPositionSelector", start: 21, end: 25 },
    ]);
    const noUrl = annotations.find(
      (a) => a["tally:kind"] === "count" && a["tally:value"] === 1200,
    )!;
    expect(noUrl.target.source).toMatch(/^urn:tally:article:\d+$/);
  });

  it("writes status, dispute, notes, sources and links as bodies", () => {
    const disputed = annotations.find((a) => a["tally:status"] === "disputed")!;
    expect(disputed.body.map((b) => b.purpose)).toEqual([
      "assessing",
      "questioning",
      "commenting",
      "linking",
      "linking",
    ]);
    expect(disputed.motivation).toEqual(["assessing", "questioning", "commenting", "linking"]);
    expect(disputed.body[1]).toMatchObject({
      type: "TextualBody",
      value: "The budget document says £3.1 million.",
      format: "text/plain",
    });
    expect(disputed.body[2]).toMatchObject({
      value: "Asked the council press office.",
      creator: { type: "Person", name: "Cleo Checker", email: "mailto:cleo@news.test" },
    });
    expect(disputed.body[3]).toMatchObject({
      type: "SpecificResource",
      source: expect.stringMatching(/^urn:tally:source:\d+$/),
      "tally:stance": "contradicts",
    });
    const linked = annotations.find((a) => a["tally:value"] === 1200)!;
    expect(disputed.body[4]).toMatchObject({
      type: "SpecificResource",
      source: linked.id,
      "tally:relation": "same_figure",
    });
    const decided = annotations.find((a) => a["tally:status"] === "decided")!;
    expect(decided.body[0]).toMatchObject({
      purpose: "assessing",
      value: expect.stringMatching(/^Decided: Misleading\. Compared/),
    });
    expect(decided.creator).toEqual({ type: "Software", name: "Tally claim detector" });
    expect(decided.modified).toBe("2024-04-03T10:00:05.000Z");
  });

  it("embeds the first page in the collection and counts all claims", () => {
    const collection = exportAnnotationCollection(fixture.db, { base: BASE, limit: 4 });
    expect(collection.type).toBe("AnnotationCollection");
    expect(collection.total).toBe(6);
    expect(collection.first.items).toHaveLength(4);
    expect(collection.first.next).toBe(
      `${BASE}/api/v1/annotations?cursor=${annotations[3]!.id.split("/").at(-1)}&limit=4`,
    );
  });
});
