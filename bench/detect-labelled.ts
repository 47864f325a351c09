import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * Reads the hand-labelled sentence sets (test/fixtures/claims/*.txt, labelled by
 * docs/claims-guideline.md). Each claim is written inline as `{span|value|unit|change|from}`.
 */

export type Change = "up" | "down" | null;

export interface LabelledClaim {
  /** Offsets of the labelled span in the plain sentence. */
  start: number;
  end: number;
  span: string;
  low: number;
  high: number;
  unit: string;
  change: Change;
  from: number | null;
}

export interface LabelledSentence {
  section: string;
  text: string;
  claims: LabelledClaim[];
}

const SCALE: Record<string, number> = { k: 1e3, m: 1e6, bn: 1e9, tn: 1e12 };

/** "12", "6,300", "-196", "5.2bn", "1/3". */
export function parseLabelValue(raw: string): number {
  const s = raw.trim().replace(/,/g, "");
  const fraction = /^(-?\d+)\/(\d+)$/.exec(s);
  if (fraction) return Number(fraction[1]) / Number(fraction[2]);
  const scaled = /^(-?\d+(?:\.\d+)?)(k|m|bn|tn)?$/.exec(s);
  if (!scaled) throw new Error(`bad label value "${raw}"`);
  return Number(scaled[1]) * (scaled[2] ? SCALE[scaled[2]]! : 1);
}

export function parseLabelledLine(line: string, section: string): LabelledSentence {
  let text = "";
  const claims: LabelledClaim[] = [];
  let at = 0;
  while (at < line.length) {
    const open = line.indexOf("{", at);
    if (open < 0) {
      text += line.slice(at);
      break;
    }
    const close = line.indexOf("}", open);
    if (close < 0) throw new Error(`unclosed label in: ${line}`);
    text += line.slice(at, open);
    const [span = "", value = "", unit = "", change = "", from = ""] = line
      .slice(open + 1, close)
      .split("|");
    const [lowRaw = "", highRaw] = value.split("..");
    const low = parseLabelValue(lowRaw);
    if (change !== "" && change !== "up" && change !== "down")
      throw new Error(`bad change "${change}" in: ${line}`);
    claims.push({
      start: text.length,
      end: text.length + span.length,
      span,
      low,
      high: highRaw === undefined ? low : parseLabelValue(highRaw),
      unit,
      change: change === "" ? null : change,
      from: from === "" ? null : parseLabelValue(from),
    });
    text += span;
    at = close + 1;
  }
  return { section, text, claims };
}

export function parseLabelled(source: string): LabelledSentence[] {
  const sentences: LabelledSentence[] = [];
  let section = "";
  for (const raw of source.split("\n")) {
    const line = raw.trim();
    if (line === "") continue;
    if (line.startsWith("## ")) section = line.slice(3).trim();
    if (line.startsWith("#")) continue;
    sentences.push(parseLabelledLine(line, section));
  }
  return sentences;
}

export function readLabelled(name: "dev" | "holdout"): LabelledSentence[] {
  const file = path.join(process.cwd(), "test/fixtures/claims", `${name}.txt`);
  return parseLabelled(readFileSync(file, "utf8"));
}
