import Link from "next/link";
import { STATUS_LABELS } from "@/lib/format";

interface AssignedClaim {
  id: number;
  articleId: number;
  articleTitle: string;
  quote: string;
  status: string;
  reason: string | null;
}

/** The claims an editor gave this user, disputed ones first: what to work on before browsing the queue. */
export function AssignedToMe({ claims }: { claims: AssignedClaim[] }) {
  return (
    <section className="panel assigned" aria-labelledby="assigned-heading">
      <h2 id="assigned-heading">Assigned to me</h2>
      {claims.length === 0 ? (
        <p className="muted small">Nothing is assigned to you right now.</p>
      ) : (
        <ul className="assigned-list">
          {claims.map((c) => (
            <li key={c.id}>
              <span className={`status status--${c.status}`}>
                {STATUS_LABELS[c.status] ?? c.status}
              </span>{" "}
              <Link
                href={
                  c.status === "disputed"
                    ? `/review/${c.id}`
                    : `/articles/${c.articleId}#claim-${c.id}`
                }
              >
                “{c.quote}”
              </Link>
              <span className="muted small"> in {c.articleTitle}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
