import { writeTransaction } from "../write-transaction";
import type { Db } from "../index";
import { appendAudit } from "../queries/audit";
import { getSetting, PUBLIC_CLAIMS_KEY, putSetting } from "../queries/settings";
import type { Actor } from "./actor";

/** Makes decided claims' pages (/c/:id) readable without signing in, or signed-in only again. */
export function setPublicClaims(db: Db, actor: Actor, input: { enabled: boolean }) {
  const value = input.enabled ? "1" : "0";
  writeTransaction(db, (tx) => {
    const before = getSetting(tx, { key: PUBLIC_CLAIMS_KEY });
    putSetting(tx, { key: PUBLIC_CLAIMS_KEY, value });
    // Settings have no numeric id; 0 stands for "the settings table" and the key is in the payload.
    appendAudit(tx, {
      actorId: actor.id,
      entity: "setting",
      entityId: 0,
      action: "setting.changed",
      before: { key: PUBLIC_CLAIMS_KEY, value: before ?? null },
      after: { key: PUBLIC_CLAIMS_KEY, value },
    });
  });
  return { enabled: input.enabled };
}
