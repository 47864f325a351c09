import type { FlagView } from "@/db/queries/flags";
import type { ArticleArithmetic } from "@/db/queries/arithmetic";
import { FlagList } from "./flag-list";
import "./suggestions.css";

/** The banner above an article: what Tally found by itself (inconsistent figures, parts that do or
 * do not add up, "brings to N" increments). Renders nothing when there is nothing to say. */
export function ArticleChecks({
  flags,
  arithmetic: { sums, increments },
  canResolve,
}: {
  flags: FlagView[];
  arithmetic: ArticleArithmetic;
  canResolve: boolean;
}) {
  if (!flags.length && !sums.length && !increments.length) return null;
  return (
    <section className="article-checks" aria-label="Checks" data-testid="article-checks">
      {flags.length > 0 && (
        <h2>Tally found {flags.length === 1 ? "a problem" : `${flags.length} problems`}</h2>
      )}
      <FlagList flags={flags} canResolve={canResolve} />
      {sums.length > 0 && (
        <>
          <h2>Sums of linked parts</h2>
          <ul aria-label="Sums">
            {sums.map((s) => (
              <li key={s.totalId} className={s.matches ? "ok" : "bad"} data-testid="sum-check">
                <a href={`#claim-${s.totalId}`}>{s.text}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      {increments.length > 0 && (
        <>
          <h2>Running totals</h2>
          <ul aria-label="Running totals">
            {increments.map((i) => (
              <li
                key={i.totalId}
                className={i.matches === false ? "bad" : i.matches ? "ok" : undefined}
              >
                <a href={`#claim-${i.totalId}`}>{i.text}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
