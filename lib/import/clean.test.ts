import { describe, expect, it } from "vitest";
import { cleanArticleText } from "./clean";

/** Made-up pages from other kinds of sites: the rules must work by shape, not by one site's wording. */
const PROSE = [
  "The ministry said 4,200 households were affected by the floods, up from 3,100 last year.",
  "Officials expect the cost of repairs to exceed $12 million, according to a statement on Monday.",
  "Register to vote by Friday, the election commission said, or you will miss the March ballot.",
  "Released in 2014, the report found that 300 schools had closed.",
  "Copyright claims rose 40% in 2019 as more creators filed complaints.",
  "Security questions remain over the 40 bases the army still runs.",
];

function clean(lines: string[], title = "Floods cost the region $12 million") {
  return cleanArticleText(lines.join("\n"), { title });
}

function expectOnlyProseKept(furniture: string[], rule?: string) {
  const text = [PROSE[0]!, "", ...furniture, "", PROSE[1]!];
  const result = clean(text);
  expect(result.body).toBe(`${PROSE[0]}\n\n${PROSE[1]}`);
  expect(result.removed.map((r) => r.text)).toEqual(furniture.filter((f) => f.trim()));
  if (rule) for (const piece of result.removed) expect(piece.rule).toBe(rule);
}

describe("cleanArticleText: furniture from other sites", () => {
  it.each([
    [
      "WordPress comment form",
      [
        "Leave a comment",
        "Name *",
        "Email *",
        "Website",
        "Save my name, email, and website in this browser.",
      ],
    ],
    [
      "comment count heading with comments below",
      ["23 Comments", "jim_b says: this is nonsense", "Reply"],
    ],
    ["closed comments", ["Comments are closed."]],
  ])("a %s ends the article", (_label, furniture) => {
    const result = clean([PROSE[0]!, "", PROSE[1]!, "", ...furniture]);
    expect(result.body).toBe(`${PROSE[0]}\n\n${PROSE[1]}`);
    expect(result.removed.map((r) => r.text)).toEqual(furniture);
  });

  it.each([
    [
      "captcha prompts",
      ["Enter the characters shown", "Verify you are human", "reCAPTCHA"],
      "captcha or login prompt",
    ],
    [
      "login prompts",
      ["Log in to comment", "Already a subscriber? Sign in", "Forgot your password?"],
      "captcha or login prompt",
    ],
    [
      "render timings",
      [
        "Page rendered in 0.0421 seconds",
        "Processed in 0.012 seconds, 24 queries",
        "Generated in 45ms",
      ],
      "render timing",
    ],
    ["a var_dump", ["array(2) {", '  ["id"]=>', '  string(5) "12345"', "}"], "serialized data"],
    ["PHP serialize()", ['a:2:{i:0;s:5:"hello";i:1;s:5:"world";}'], "serialized data"],
    [
      "a JSON dump",
      [
        '[{"slug":"floods-latest","views":"1200","thumb":"/img/2021/03/floods.jpg"},{"slug":"dams","views":"88"}]',
      ],
      "serialized data",
    ],
    [
      "share buttons",
      [
        "Share this:",
        "Facebook Twitter WhatsApp Email",
        "Click to share on Reddit (Opens in new window)",
      ],
      undefined,
    ],
    [
      "photo credits",
      [
        "AP Photo/Hassan Ammar",
        "(Photo: Getty Images)",
        "Image copyright Reuters",
        "Maria Ortiz/AFP via Getty Images",
      ],
      "photo credit",
    ],
    [
      "ids and dates",
      [
        "Story ID: a7-1193",
        "Updated: 10:32 am EST, Mon March 3, 2021",
        "14 February 2020 | 10:32 GMT",
      ],
      undefined,
    ],
    [
      "site chrome",
      [
        "Advertisement",
        "Story continues below advertisement",
        "© 2021 The Daily Gazette. All rights reserved.",
        "Sign up for our daily newsletter",
      ],
      "site chrome",
    ],
    ["tags", ["Tags: floods, dams, climate", "Filed under: Environment"], "tags"],
  ])("removes %s", (_label, furniture, rule) => {
    expectOnlyProseKept(furniture, rule);
  });

  it("removes a related-stories list under its heading, up to the next paragraph of prose", () => {
    const result = clean([
      PROSE[0]!,
      "",
      "Related stories:",
      "",
      "Dam breaks after record rain",
      "Insurers brace for claims",
      "",
      PROSE[1]!,
    ]);
    expect(result.body).toBe(`${PROSE[0]}\n\n${PROSE[1]}`);
    expect(result.removed.map((r) => r.rule)).toEqual([
      "related links",
      "related links",
      "related links",
    ]);
  });

  it("keeps prose that merely starts like furniture", () => {
    const result = clean(PROSE.flatMap((p) => [p, ""]));
    expect(result.removed).toEqual([]);
    expect(result.body).toBe(PROSE.join("\n\n"));
  });

  it("keeps subheadings and short quoted lines that are article text", () => {
    const text = [
      PROSE[0]!,
      "",
      "What the numbers show",
      "",
      "\u201CWe lost everything,\u201D she said.",
      "",
      PROSE[1]!,
    ];
    const result = clean(text);
    expect(result.removed).toEqual([]);
  });

  it("records where each removed piece was, in the text as it arrived", () => {
    const text = `${PROSE[0]}\n\nAdvertisement\n\n${PROSE[1]}`;
    const [piece] = cleanArticleText(text, { title: "x" }).removed;
    expect(text.slice(piece!.offset, piece!.offset + piece!.text.length)).toBe("Advertisement");
  });
});

describe("cleanArticleText: metadata", () => {
  it("takes the first line as the title when none is given, and drops a repeat of it", () => {
    const result = cleanArticleText(
      ["Floods cost $12 million", "Floods cost $12 million", "", PROSE[0]].join("\n"),
    );
    expect(result.title).toBe("Floods cost $12 million");
    expect(result.body).toBe(PROSE[0]);
  });

  it("does not take a date or ID line as the title", () => {
    const result = cleanArticleText(
      ["Posted on March 3, 2021", "Floods cost $12 million", "", PROSE[0]].join("\n"),
    );
    expect(result.title).toBe("Floods cost $12 million");
    expect(result.publishedAt).toBe("2021-03-03");
  });
});
