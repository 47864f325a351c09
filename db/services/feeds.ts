import { writeTransaction } from "../write-transaction";
import type { Db } from "@/db";
import { appendAudit } from "@/db/queries/audit";
import { deleteFeed, getFeedById, getFeedByUrl, insertFeed, updateFeed } from "@/db/queries/feeds";
import { conflict, notFound } from "@/lib/domain-error";
import type { Actor } from "./actor";

export function addFeed(
  db: Db,
  actor: Actor,
  { url, intervalMinutes }: { url: string; intervalMinutes: number },
): { id: number } {
  return writeTransaction(db, (tx) => {
    if (getFeedByUrl(tx, { url })) throw conflict("That feed is already on the list.");
    const feed = insertFeed(tx, { url, intervalMinutes, createdBy: actor.id });
    appendAudit(tx, {
      actorId: actor.id,
      entity: "feed",
      entityId: feed.id,
      action: "feed.added",
      after: { url, intervalMinutes },
    });
    return { id: feed.id };
  });
}

/** Pauses, resumes or re-times a feed, with the version the admin saw. Resuming or a new interval
 * reads the feed at the next tick. */
export function changeFeed(
  db: Db,
  actor: Actor,
  {
    id,
    version,
    paused,
    intervalMinutes,
  }: { id: number; version: number; paused?: boolean; intervalMinutes?: number },
): null {
  return writeTransaction(db, (tx) => {
    const feed = getFeedById(tx, { id });
    if (!feed) throw notFound("That feed was removed.");
    const values = {
      ...(paused === undefined ? {} : { paused }),
      ...(intervalMinutes === undefined ? {} : { intervalMinutes }),
      ...(paused === false || intervalMinutes !== undefined ? { nextReadAt: null } : {}),
    };
    if (!updateFeed(tx, { id, version, values }))
      throw conflict("Someone changed this feed meanwhile; the list now shows their change.");
    appendAudit(tx, {
      actorId: actor.id,
      entity: "feed",
      entityId: id,
      action: "feed.changed",
      before: { paused: feed.paused, intervalMinutes: feed.intervalMinutes },
      after: {
        paused: paused ?? feed.paused,
        intervalMinutes: intervalMinutes ?? feed.intervalMinutes,
      },
    });
    return null;
  });
}

/** Removes a feed and its list of seen items; the articles it imported stay. */
export function removeFeed(db: Db, actor: Actor, { id }: { id: number }): null {
  return writeTransaction(db, (tx) => {
    const feed = getFeedById(tx, { id });
    if (!feed) throw notFound("That feed was already removed.");
    deleteFeed(tx, { id });
    appendAudit(tx, {
      actorId: actor.id,
      entity: "feed",
      entityId: id,
      action: "feed.removed",
      before: { url: feed.url },
    });
    return null;
  });
}
