import { writeTransaction } from "../write-transaction";
import { conflict, notFound } from "@/lib/domain-error";
import { linkDirection } from "@/lib/suggest/link-direction";
import type { Db } from "../index";
import { appendAudit } from "../queries/audit";
import { getFlag, markFlagResolved } from "../queries/flags";
import { getSuggestion, loadLinkEnds, markSuggestionDecided } from "../queries/suggestions";
import type { Actor } from "./actor";
import { queueFollowUps } from "./follow-ups";
import { createLink } from "./links";

/** Confirms (the link is made, direction chosen so it reads true: part → total, newer → older) or
 * dismisses (recomputation never brings it back) a suggested link, both sides at once. */
export function decideSuggestion(
  db: Db,
  actor: Actor,
  input: { suggestionId: number },
  state: "confirmed" | "dismissed",
): { linkId: number | null; articleIds: number[] } {
  return writeTransaction(db, (tx) => {
    const suggestion = getSuggestion(tx, { id: input.suggestionId });
    if (!suggestion) throw notFound("This suggestion no longer exists; reload the article.");
    const ends = loadLinkEnds(tx, { ids: [suggestion.claimId, suggestion.candidateId] });
    const a = ends.get(suggestion.claimId);
    const b = ends.get(suggestion.candidateId);
    if (!a || !b) throw notFound("One of the two claims was deleted.");
    if (suggestion.state !== "open") throw conflict("Someone already decided this suggestion.");
    markSuggestionDecided(tx, { suggestion, state, actorId: actor.id });
    appendAudit(tx, {
      actorId: actor.id,
      entity: "suggestion",
      entityId: suggestion.id,
      claimId: suggestion.claimId,
      action: state === "confirmed" ? "suggestion.confirmed" : "suggestion.dismissed",
      before: { state: suggestion.state },
      after: { state, relation: suggestion.relation, candidateId: suggestion.candidateId },
    });
    const articleIds = [a.articleId, b.articleId];
    if (state === "dismissed") return { linkId: null, articleIds };
    // A confirmed part_of may add up or not.
    queueFollowUps(tx, [{ kind: "flags", articleIds }]);
    const { from, to } = linkDirection(suggestion.relation, a, b);
    const { linkId } = createLink(tx, actor, {
      fromClaimId: from,
      toClaimId: to,
      relation: suggestion.relation,
      suggestionId: suggestion.id,
    });
    return { linkId, articleIds };
  });
}

/** Marks a flag as looked at; the same finding is not raised again on recomputation. */
export function resolveFlag(db: Db, actor: Actor, input: { flagId: number }) {
  return writeTransaction(db, (tx) => {
    const flag = getFlag(tx, { id: input.flagId });
    if (!flag) throw notFound("This flag no longer exists.");
    if (!markFlagResolved(tx, { id: flag.id, actorId: actor.id }))
      throw conflict("Someone already resolved this flag.");
    appendAudit(tx, {
      actorId: actor.id,
      entity: "flag",
      entityId: flag.id,
      action: "flag.resolved",
      before: { resolvedAt: null },
      after: { kind: flag.kind, message: flag.message },
    });
    return { articleId: flag.articleId };
  });
}
