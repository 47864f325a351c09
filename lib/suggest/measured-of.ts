import { stem } from "./context-words";

/**
 * What a figure is of, when the words right after it say: "8.2 million tonnes of wheat" → wheat,
 * "48.2 billion kroner on health" (or "for health") → health, "41 cases of measles" → measles, "2.9% of GDP" → gdp. Two
 * figures that both say and say different things ("tonnes of wheat" / "tonnes of maize", "on health" /
 * "on defence") are different quantities. Reads a handful of words after the number: constant work.
 */
const MAGNITUDE = /^(?:hundred|thousand|million|billion|trillion)s?$/;
/** "tonnes of wheat", "kroner on health", "kroner for schools". */
const LINKS = /^(?:of|on|for)$/;
const DETERMINERS = /^(?:the|its|their|his|her|our|this|that|these|those)$/;
/** Words after "of"/"on" that do not name a thing ("of them", "of which", "on Monday"). */
const NOT_A_THING =
  /^(?:them|which|whom|those|whose|all|each|these|it|us|you|monday|tuesday|wednesday|thursday|friday|saturday|sunday|average|top|record|track|course|time|behalf|board|year|years|month|months|week|weeks|day|days|quarter|first|second|now)$/;

export function measuredOf(sentence: string, numberEnd: number): string | null {
  const words = sentence
    .slice(numberEnd, numberEnd + 80)
    .match(/[A-Za-z%][A-Za-z'’-]*|\d[\d,.]*|[,;:]/g);
  if (!words) return null;
  let i = 0;
  if (words[i] === "%") i++;
  if (MAGNITUDE.test(words[i]?.toLowerCase() ?? "")) i++;
  // One word of unit or currency ("tonnes", "kroner"), or the counted noun ("cases").
  if (!LINKS.test(words[i] ?? "") && /^[A-Za-z]/.test(words[i] ?? "")) i++;
  if (!LINKS.test(words[i] ?? "")) return null;
  i++;
  if (DETERMINERS.test(words[i]?.toLowerCase() ?? "")) i++;
  const thing = words[i];
  if (!thing || !/^[A-Za-z][A-Za-z-]{2,}$/.test(thing)) return null;
  if (NOT_A_THING.test(thing.toLowerCase())) return null;
  return stem(thing);
}
