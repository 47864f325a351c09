import { createHash } from "node:crypto";
import { detectClaims } from "../lib/claims";
import { readLabelled } from "../bench/detect-labelled";
import { benchDataDir, buildCorpus, readQuantulum, readSpec } from "../bench/detect-data";

/**
 * `npx tsx scripts/detect-fingerprint.ts`: SHA-1 of the detector's full output (JSON) over the bench
 * corpus, the labelled dev and holdout sentences and the bench sets' sentences, so a speed change
 * can be shown to leave every claim byte-identical.
 */

const sha1 = (s: string) => createHash("sha1").update(s).digest("hex");
const dir = benchDataDir();
const corpus = buildCorpus(dir, 5_000_000);
const sets: Array<[string, string[]]> = [
  ["corpus", [corpus]],
  ["dev", readLabelled("dev").map((s) => s.text)],
  ["holdout", readLabelled("holdout").map((s) => s.text)],
  [
    "bench sets",
    [
      ...readQuantulum(dir).map((c) => c.req),
      ...["NumberModel", "PercentModel", "NumberRangeModel"].flatMap((n) =>
        readSpec(dir, n).map((c) => c.Input),
      ),
    ],
  ],
];
const all = createHash("sha1");
for (const [name, texts] of sets) {
  const json = JSON.stringify(texts.map((t) => detectClaims(t)));
  all.update(json);
  console.log(`${name.padEnd(11)} ${texts.length} texts  ${sha1(json)}`);
}
console.log(`all         ${all.digest("hex")}`);
