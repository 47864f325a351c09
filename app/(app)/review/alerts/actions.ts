"use server";

import { revalidatePath } from "next/cache";
import * as alerts from "@/db/services/alerts";
import { runAction } from "@/app/_lib/action";
import type { ActionResult } from "@/lib/action-result";
import { alertRefSchema } from "@/lib/validation/alert";
import { revalidateArticles } from "@/app/(app)/articles/[id]/revalidate";

type Closed = ActionResult<{ alertId: number; version: number }>;

function closed({ alertId, version, articleIds }: alerts.AlertClosed) {
  // The desk, the top bar's count (in the layout) and both articles' banners and links.
  revalidatePath("/", "layout");
  revalidateArticles(...articleIds);
  return { alertId, version };
}

/** Links the alert's two figures with the relation the matcher proposed, and closes the alert. */
export async function resolveAlert(raw: unknown): Promise<Closed> {
  return runAction("claim.decide", alertRefSchema, raw, (db, actor, input) =>
    closed(alerts.resolveAlertByLinking(db, actor, input)),
  );
}

/** Closes the alert without a link: not the same quantity after all. */
export async function dismissAlert(raw: unknown): Promise<Closed> {
  return runAction("claim.decide", alertRefSchema, raw, (db, actor, input) =>
    closed(alerts.dismissAlert(db, actor, input)),
  );
}
