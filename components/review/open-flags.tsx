import type { FlagView } from "@/db/queries/flags";
import { FlagList } from "@/components/suggestions/flag-list";

/** Problems Tally found by itself (inconsistent figures, sums that do not add up), beside the
 * disputes people raised: editors decide both from the same desk. */
export function OpenFlags({
  flags,
  canResolve,
  more,
}: {
  flags: FlagView[];
  canResolve: boolean;
  more: boolean;
}) {
  if (flags.length === 0) return null;
  return (
    <section
      aria-labelledby="flags-heading"
      className="card review-flags"
      data-testid="review-flags"
    >
      <h2 id="flags-heading" className="list-heading">
        Found by Tally{" "}
        <span className="muted">
          ({flags.length}
          {more ? "+" : ""} open)
        </span>
      </h2>
      <FlagList flags={flags} showArticle canResolve={canResolve} />
    </section>
  );
}
