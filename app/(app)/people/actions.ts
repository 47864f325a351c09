"use server";

import { runAction } from "@/app/_lib/action";
import { findPeople } from "@/db/queries/users";
import type { ActionResult } from "@/lib/action-result";
import { peopleQuerySchema, type PersonOption } from "@/lib/validation/people";

/** The user pickers' search: a few active colleagues by name or email, for anyone who may read the
 * queue (the people it already names), never the whole list however many users there are. */
export async function searchPeople(input: unknown): Promise<ActionResult<PersonOption[]>> {
  return runAction("review.read", peopleQuerySchema, input, (db, _actor, { query, limit, roles }) =>
    findPeople(db, { query, limit, roles }),
  );
}
