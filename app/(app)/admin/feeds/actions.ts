"use server";

import { revalidatePath } from "next/cache";
import { addFeed, changeFeed, removeFeed } from "@/db/services/feeds";
import { readFeed } from "@/db/services/feed-reads";
import { runAction } from "@/app/_lib/action";
import type { ActionResult } from "@/lib/action-result";
import { addFeedSchema, changeFeedSchema, feedIdSchema } from "@/lib/validation/feeds";

/** The feeds list shows every change, refused or not (a refusal may mean someone else changed it). */
function revalidated<T>(run: () => T): T {
  try {
    return run();
  } finally {
    revalidatePath("/admin/feeds");
  }
}

/** Adds a feed; it is read at the next tick of the background reader. */
export async function addFeedAction(raw: unknown): Promise<ActionResult<{ id: number }>> {
  return runAction("article.import", addFeedSchema, raw, (db, actor, input) =>
    revalidated(() => addFeed(db, actor, input)),
  );
}

export async function changeFeedAction(raw: unknown): Promise<ActionResult<null>> {
  return runAction("article.import", changeFeedSchema, raw, (db, actor, input) =>
    revalidated(() => changeFeed(db, actor, input)),
  );
}

export async function removeFeedAction(raw: unknown): Promise<ActionResult<null>> {
  return runAction("article.import", feedIdSchema, raw, (db, actor, input) =>
    revalidated(() => removeFeed(db, actor, input)),
  );
}

/** Reads one feed now, without waiting for its turn. */
export async function readFeedNowAction(
  raw: unknown,
): Promise<ActionResult<{ imported: number; error: string | null }>> {
  return runAction("article.import", feedIdSchema, raw, async (db, _actor, input) => {
    const summary = await readFeed(db, { feedId: input.id });
    revalidatePath("/admin/feeds");
    revalidatePath("/");
    return { imported: summary.imported, error: summary.error };
  });
}
