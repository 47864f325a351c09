import type { FlagView } from "@/db/queries/flags";
import { ResolveFlagButton } from "./resolve-flag-button";
import "./suggestions.css";

const KIND_LABELS: Record<string, string> = {
  inconsistency: "Inconsistent",
  arithmetic: "Does not add up",
};

/** Open flags with links to the claims involved. Server component: usable on the article page and in
 * the editors' queue (pass `showArticle` there). */
export function FlagList({
  flags,
  showArticle = false,
  canResolve = false,
}: {
  flags: FlagView[];
  showArticle?: boolean;
  canResolve?: boolean;
}) {
  if (!flags.length) return null;
  return (
    <ul aria-label="Flags" data-testid="flag-list">
      {flags.map((f) => (
        <li key={f.id} data-flag-kind={f.kind}>
          <span className="flag-kind">{KIND_LABELS[f.kind] ?? f.kind}</span>
          {showArticle && (
            <>
              <a href={`/articles/${f.articleId}`}>{f.articleTitle}</a>:{" "}
            </>
          )}
          {f.message}{" "}
          <span className="muted">
            (
            {f.claimIds.map((id, i) => (
              <span key={id}>
                {i > 0 && ", "}
                <a href={`/articles/${f.articleId}#claim-${id}`}>“{f.quotes[id]}”</a>
              </span>
            ))}
            )
          </span>
          {canResolve && (
            <>
              {" "}
              <ResolveFlagButton flagId={f.id} />
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
