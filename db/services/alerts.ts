import { writeTransaction } from "../write-transaction";
import type { Db } from "../index";
import { appendAudit } from "../queries/audit";
import {
  closeAlert,
  getAlertForWrite,
  getClaimWatch,
  loadAlertEnds,
  setClaimWatch,
} from "../queries/alerts";
import type { Actor } from "./actor";
import { createLink } from "./links";
import { conflict, notFound, refused } from "@/lib/domain-error";
import { isWatched } from "@/lib/domain";
import { linkDirection } from "@/lib/suggest/link-direction";
import type { AlertRefInput, WatchClaimInput } from "@/lib/validation/alert";

export interface AlertClosed {
  alertId: number;
  version: number;
  articleIds: number[];
  linkId: number | null;
}

/** Watches or unwatches a figure (any claim, any status): a watched figure raises an alert when a newly
 * imported one measures the same quantity with another value. */
export function watchClaim(
  db: Db,
  actor: Actor,
  input: WatchClaimInput,
): { claimId: number; articleId: number; watched: boolean } {
  return writeTransaction(db, (tx) => {
    const claim = getClaimWatch(tx, { id: input.claimId });
    if (!claim) throw notFound("That claim no longer exists.");
    if (claim.deletedAt !== null)
      throw refused("This claim was rejected as a false detection; restore it before watching it.");
    if (claim.watch !== input.seen)
      throw conflict(
        "Someone changed whether this figure is watched meanwhile; it now shows theirs.",
        {
          watch: claim.watch,
        },
      );
    if (input.watch === claim.watch) return done();
    if (!setClaimWatch(tx, { id: claim.id, seen: input.seen, watch: input.watch }))
      throw conflict("Someone changed whether this figure is watched meanwhile; try again.");
    const before = isWatched(claim.status, claim.watch);
    const after = isWatched(claim.status, input.watch);
    appendAudit(tx, {
      actorId: actor.id,
      entity: "claim",
      entityId: claim.id,
      claimId: claim.id,
      action: after ? "claim.watched" : "claim.unwatched",
      before: { watch: claim.watch, watched: before },
      after: { watch: input.watch, watched: after },
    });
    return done();
    function done() {
      return {
        claimId: claim!.id,
        articleId: claim!.articleId,
        watched: isWatched(claim!.status, input.watch),
      };
    }
  });
}

/** Loads an open alert the editor saw at `version`; refuses a missing, closed or changed one. */
function openAlert(tx: Parameters<typeof getAlertForWrite>[0], input: AlertRefInput) {
  const alert = getAlertForWrite(tx, { id: input.alertId });
  if (!alert) throw notFound("That alert no longer exists: the article it came from was re-read.");
  if (alert.status !== "open")
    throw conflict(`This alert was already ${alert.status} by another editor.`, {
      status: alert.status,
    });
  if (alert.version !== input.version)
    throw conflict("This alert changed meanwhile; the desk now shows it as it is.");
  return alert;
}

/** Links the new figure to the watched one with the relation the matcher proposed (pointing the way it
 * reads true: the newer figure updates the older), and closes the alert. An existing link is kept. */
export function resolveAlertByLinking(db: Db, actor: Actor, input: AlertRefInput): AlertClosed {
  return writeTransaction(db, (tx) => {
    const alert = openAlert(tx, input);
    const ends = loadAlertEnds(tx, { ids: [alert.claimId, alert.watchedClaimId] });
    const fresh = ends.find((e) => e.id === alert.claimId);
    const watched = ends.find((e) => e.id === alert.watchedClaimId);
    if (!fresh || !watched) throw notFound("One of the two figures no longer exists.");
    if (fresh.deletedAt !== null || watched.deletedAt !== null)
      throw refused(
        "One of the two figures was rejected as a false detection; dismiss the alert instead.",
      );
    const { from, to } = linkDirection(alert.relation, fresh, watched);
    const { linkId } = createLink(tx, actor, {
      fromClaimId: from,
      toClaimId: to,
      relation: alert.relation,
    });
    const now = Date.now();
    if (
      !closeAlert(tx, {
        id: alert.id,
        version: alert.version,
        status: "resolved",
        linkId,
        closedBy: actor.id,
        now,
      })
    )
      throw conflict("Another editor closed this alert first.");
    appendAudit(tx, {
      actorId: actor.id,
      entity: "alert",
      entityId: alert.id,
      claimId: alert.claimId,
      action: "alert.resolved",
      before: { status: "open" },
      after: { status: "resolved", linkId, watchedClaimId: alert.watchedClaimId },
    });
    return {
      alertId: alert.id,
      version: alert.version + 1,
      articleIds: [fresh.articleId, watched.articleId],
      linkId,
    };
  });
}

/** Closes an alert without a link: the two figures are not the same quantity after all. */
export function dismissAlert(db: Db, actor: Actor, input: AlertRefInput): AlertClosed {
  return writeTransaction(db, (tx) => {
    const alert = openAlert(tx, input);
    if (
      !closeAlert(tx, {
        id: alert.id,
        version: alert.version,
        status: "dismissed",
        linkId: null,
        closedBy: actor.id,
        now: Date.now(),
      })
    )
      throw conflict("Another editor closed this alert first.");
    appendAudit(tx, {
      actorId: actor.id,
      entity: "alert",
      entityId: alert.id,
      claimId: alert.claimId,
      action: "alert.dismissed",
      before: { status: "open" },
      after: { status: "dismissed", watchedClaimId: alert.watchedClaimId },
    });
    return {
      alertId: alert.id,
      version: alert.version + 1,
      articleIds: [alert.articleId],
      linkId: null,
    };
  });
}
