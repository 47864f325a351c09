import type Database from "better-sqlite3";
import { profileClaim } from "../lib/suggest/profile";
import { readingOf } from "../lib/suggest/reading";
import { inheritRestatedScopes } from "../lib/suggest/restated";
import { scopeKey } from "../lib/suggest/scope";
import type { MatchClaim } from "../lib/suggest/types";

/**
 * Synthetic newsroom for the suggestion benchmark: articles of ~25 claims each, written from
 * sentence templates so the claims' sentences have real context words. The mix follows what the
 * detector finds in news: mostly counts of a few hundred kinds of thing (values log-spread, clustered
 * on round figures), then percentages, money, durations; ~8% of counts name no counted thing.
 */
const COUNTED =
  `civilians people soldiers troops refugees migrants patients cases deaths infections jobs workers employees
  students teachers schools homes houses votes voters seats members reports complaints strikes airstrikes attacks arrests
  prisoners children women families households companies firms banks hospitals beds doctors nurses vaccines doses tests
  flights passengers cars vehicles accidents fires trees animals species tonnes barrels visitors tourists users customers
  subscribers downloads followers fans tickets protesters police officers judges cases lawsuits complaints permits licences
  loans mortgages farms farmers acres wells mines miners games goals matches athletes books titles films songs`.split(
    /\s+/,
  );
const ACTORS = [
  "the ministry",
  "the government",
  "officials",
  "the agency",
  "the company",
  "the coalition",
  "the council",
  "the report",
  "monitors",
  "the union",
  "researchers",
  "the police",
];
const VERBS = [
  "said",
  "reported",
  "estimated",
  "announced",
  "confirmed",
  "admitted",
  "claimed",
  "found",
];
const EVENTS = [
  "were killed",
  "were affected",
  "were recorded",
  "were added",
  "were lost",
  "were registered",
  "were counted",
  "were displaced",
  "were hired",
  "were tested",
];
const PLACES = [
  "in Iraq",
  "in Syria",
  "in the capital",
  "across the country",
  "in the north",
  "in the region",
  "in Europe",
  "in three provinces",
  "nationwide",
  "in the city",
];
const QUALIFIERS: [string, string][] = [
  ["", "exact"],
  ["", "exact"],
  ["", "exact"],
  ["at least ", "at_least"],
  ["more than ", "more_than"],
  ["about ", "approximately"],
  ["as many as ", "up_to"],
];
const UNITS = { duration: ["years", "months", "days", "weeks"] };
const CURRENCIES = ["USD", "EUR", "GBP"];

function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

export function generateClaims(
  sqlite: Database.Database,
  { claims: target, seed = 7 }: { claims: number; seed?: number },
): { articles: number; claims: number } {
  const random = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const countValue = () => {
    const v = 10 ** (random() * 6.3);
    const round = random() < 0.4 ? 10 ** Math.max(0, Math.floor(Math.log10(v)) - 1) : 1;
    return Math.max(1, Math.round(v / round) * round);
  };
  const insertArticle = sqlite.prepare(
    `INSERT INTO articles (title, outlet, published_at, body, body_hash) VALUES (?, ?, ?, ?, ?)`,
  );
  const insertClaim = sqlite.prepare(
    `INSERT INTO claims (article_id, start, end, number_start, number_end, sentence_start, sentence_end, quote, value, kind, unit, currency, counted, qualifier, period, quantity, quantity_who, said_by, scope, reading)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const outlets = Array.from({ length: 40 }, (_, i) => `Outlet ${i + 1}`);
  let made = 0;
  let articles = 0;
  const run = sqlite.transaction(() => {
    while (made < target) {
      const perArticle = 15 + Math.floor(random() * 20);
      const topic = Array.from({ length: 4 }, () => pick(COUNTED));
      const rows: (string | number | null)[][] = [];
      const read: MatchClaim[] = [];
      const title = `Synthetic article ${articles + 1}`;
      const day = new Date(Date.UTC(2014, 0, 1) + Math.floor(random() * 3650) * 86_400_000)
        .toISOString()
        .slice(0, 10);
      const dated = random() < 0.9;
      let body = "";
      for (let i = 0; i < perArticle && made + rows.length < target; i++) {
        const r = random();
        const [qText, qualifier] = pick(QUALIFIERS);
        let kind = "count",
          unit: string | null = null,
          currency: string | null = null,
          counted: string | null = pick(topic);
        let value: number, numberText: string, after: string;
        if (r < 0.7) {
          value = countValue();
          numberText = value.toLocaleString("en-US");
          if (random() < 0.08) counted = null;
          after = counted ? ` ${counted}` : "";
        } else if (r < 0.85) {
          kind = "percent";
          unit = "%";
          value = Math.round(random() * 1000) / 10;
          numberText = `${value}%`;
          after = ` of ${counted}`;
        } else if (r < 0.95) {
          kind = "money";
          currency = pick(CURRENCIES);
          value = countValue() * 1000;
          numberText = `$${value.toLocaleString("en-US")}`;
          after = ` for ${counted}`;
        } else {
          kind = "duration";
          unit = pick(UNITS.duration);
          counted = null;
          value = 1 + Math.floor(random() * 30);
          numberText = `${value} ${unit}`;
          after = "";
        }
        const year = 2014 + Math.floor(random() * 10);
        const lead = `${pick(ACTORS)} ${pick(VERBS)} that `;
        const sentenceStart = body.length;
        const numberStart = sentenceStart + lead.length + qText.length;
        const sentence = `${lead}${qText}${numberText}${after} ${pick(EVENTS)} ${pick(PLACES)} since ${year}.`;
        const written = sentence.charAt(0).toUpperCase() + sentence.slice(1);
        body += written + " ";
        const numberEnd = numberStart + numberText.length;
        const period = random() < 0.3 ? `since ${year}` : null;
        read.push({
          id: 0,
          articleId: 0,
          value,
          kind,
          unit,
          counted,
          qualifier,
          period,
          sentence: written,
          before: body.slice(Math.max(0, sentenceStart - 300), sentenceStart),
          title,
          numberEndInSentence: numberEnd - sentenceStart,
          outlet: null,
          date: { date: dated ? day : null, inferred: false },
        });
        rows.push([
          sentenceStart + lead.length,
          numberEnd + after.length,
          numberStart,
          numberEnd,
          sentenceStart,
          sentenceStart + sentence.length,
          `${qText}${numberText}${after}`,
          value,
          kind,
          unit,
          currency,
          counted,
          qualifier,
          period,
        ]);
      }
      // What the import path stores for each claim when its article is written (see recompute.ts).
      const profiles = inheritRestatedScopes(read.map((c) => profileClaim(c)));
      const article = insertArticle.run(
        title,
        pick(outlets),
        dated ? day : null,
        body,
        `bench-${seed}-${articles}`,
      );
      rows.forEach((row, i) => {
        const p = profiles[i]!;
        insertClaim.run(
          Number(article.lastInsertRowid),
          ...row,
          p.concept ?? "",
          p.who ?? "",
          p.saidBy ?? "",
          scopeKey(p.scope),
          readingOf(p),
        );
      });
      made += rows.length;
      articles++;
    }
  });
  run();
  return { articles, claims: made };
}
