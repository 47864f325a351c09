/**
 * Precision, recall and per-story coverage of suggested links against hand-labelled stories
 * (lib/suggest/fixtures/stories/*.json, seed-links.json). Figures are named by article and value, so a
 * figure repeated in the headline and the lead is one figure; a suggestion is right when both of its
 * ends are figures of one labelled quantity.
 */
export interface LabelledGroup {
  quantity?: string;
  members: { article: string; value: number }[];
}
export interface LabelledStory {
  id: string;
  /** The desk the story comes from ("disasters", "aviation"): figures are also printed per desk. */
  desk?: string;
  articles: { key: string; distractor?: boolean }[];
  groups: LabelledGroup[];
  contradictions?: { article: string; values: number[] }[];
  parts?: { article: string; total: number; parts: number[] }[];
}
/** A suggestion or flag as read back from the database, its claims named by article key and value. */
export interface FigurePair {
  from: { article: string; value: number };
  to: { article: string; value: number };
}
export interface FlagFigures {
  article: string;
  values: number[];
}

export interface StoryReport {
  id: string;
  figures: number;
  covered: number;
  right: number;
  wrong: number;
  /** Links the labels ask for between this story's figures. */
  expected: number;
  contradictionsFound: number;
  contradictions: number;
  falseFlags: number;
}
export interface SetReport {
  precision: number;
  recall: number;
  right: number;
  suggested: number;
  expected: number;
  minCoverage: number;
  stories: StoryReport[];
  wrong: string[];
  missed: string[];
}

// Values are compared at 12 significant digits: "8.2 million" is stored as 8.2 × 10⁶ in floating point
// (8199999.999999999), and a label says 8200000.
const fig = (f: { article: string; value: number }) =>
  `${f.article}#${Number(f.value.toPrecision(12))}`;

const same12 = (x: number, y: number) => Number(x.toPrecision(12)) === Number(y.toPrecision(12));

export function scoreStories(
  stories: LabelledStory[],
  pairs: FigurePair[],
  flags: FlagFigures[],
): SetReport {
  const groupOf = new Map<string, string>();
  const storyOfArticle = new Map<string, string>();
  const expected = new Set<string>();
  for (const s of stories) {
    for (const a of s.articles) storyOfArticle.set(a.key, s.id);
    s.groups.forEach((g, i) => {
      for (const m of g.members) groupOf.set(fig(m), `${s.id}/${i}`);
      for (const a of g.members)
        for (const b of g.members) if (a.article !== b.article) expected.add(`${fig(a)}→${fig(b)}`);
    });
  }
  const got = new Set(pairs.map((p) => `${fig(p.from)}→${fig(p.to)}`));
  const right = [...got].filter((k) => expected.has(k));
  const wrong = [...got].filter((k) => !expected.has(k));
  const coveredFigures = new Set(right.map((k) => k.split("→")[0]!));

  const reports = stories.map((s): StoryReport => {
    const members = new Set(s.groups.flatMap((g) => g.members.map(fig)));
    const inStory = (k: string) => storyOfArticle.get(k.split("#")[0]!) === s.id;
    const labelled = s.contradictions ?? [];
    const found = labelled.filter((c) =>
      flags.some(
        (f) =>
          f.article === c.article &&
          // At 12 significant digits, as figures are (8.2 million is stored as 8199999.999999999).
          c.values.every((v) => f.values.some((w) => same12(v, w))),
      ),
    ).length;
    const flaggedArticles = new Set(
      labelled.map((c) => c.article).filter((a) => storyOfArticle.get(a) === s.id),
    );
    return {
      id: s.id,
      figures: members.size,
      covered: [...members].filter((m) => coveredFigures.has(m)).length,
      right: right.filter((k) => inStory(k)).length,
      wrong: wrong.filter((k) => inStory(k)).length,
      expected: [...expected].filter((k) => inStory(k)).length,
      contradictionsFound: found,
      contradictions: labelled.length,
      falseFlags: flags.filter(
        (f) => storyOfArticle.get(f.article) === s.id && !flaggedArticles.has(f.article),
      ).length,
    };
  });
  return {
    precision: right.length / Math.max(1, got.size),
    recall: right.length / Math.max(1, expected.size),
    right: right.length,
    suggested: got.size,
    expected: expected.size,
    minCoverage: Math.min(...reports.map((r) => r.covered / Math.max(1, r.figures))),
    stories: reports,
    wrong,
    missed: [...expected].filter((k) => !got.has(k)),
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** Precision, recall and lowest coverage per desk, from the stories' reports. */
export function formatDeskFigures(stories: LabelledStory[], r: SetReport): string {
  const desks = new Map<string, StoryReport[]>();
  r.stories.forEach((s, i) => {
    const desk = stories[i]?.desk ?? "unknown";
    desks.set(desk, [...(desks.get(desk) ?? []), s]);
  });
  return [...desks]
    .map(([desk, list]) => {
      const sum = (f: (s: StoryReport) => number) => list.reduce((n, s) => n + f(s), 0);
      const right = sum((s) => s.right);
      const cover = Math.min(...list.map((s) => s.covered / Math.max(1, s.figures)));
      return `  ${desk.padEnd(16)} precision ${pct(right / Math.max(1, right + sum((s) => s.wrong)))}, recall ${pct(
        right /
          Math.max(
            1,
            sum((s) => s.expected),
          ),
      )}, lowest coverage ${pct(cover)}, contradictions ${sum((s) => s.contradictionsFound)}/${sum((s) => s.contradictions)}, false flags ${sum((s) => s.falseFlags)}`;
    })
    .join("\n");
}

export function formatSetReport(name: string, r: SetReport): string {
  const lines = [
    `${name}: precision ${pct(r.precision)} (${r.right}/${r.suggested}), recall ${pct(r.recall)} (${r.right}/${r.expected}), lowest story coverage ${pct(r.minCoverage)}`,
    ...r.stories.map(
      (s) =>
        `  ${s.id.padEnd(14)} figures covered ${s.covered}/${s.figures}, right ${s.right}, wrong ${s.wrong}, contradictions ${s.contradictionsFound}/${s.contradictions}, false flags ${s.falseFlags}`,
    ),
    `  wrong: ${r.wrong.join("; ") || "none"}`,
    `  missed: ${r.missed.join("; ") || "none"}`,
  ];
  return lines.join("\n");
}
