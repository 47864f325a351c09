import type { Db } from "@/db";
import { importArticle } from "@/db/services/import-article";
import { insertTestUsers } from "./test-db";

/** Two small articles imported through the real import path, and a user of each role. */
export function seedSmallNewsroom(db: Db) {
  const users = insertTestUsers(db);
  const article = (title: string, body: string) => {
    const outcome = importArticle(db, { title, body }, { actorId: users.admin.id });
    if (outcome.status !== "created") throw new Error(JSON.stringify(outcome));
    return outcome.articleId;
  };
  const first = article(
    "Council budget",
    "The council spent 3,500 pounds on roads in March.\n\nIt also hired 12 new inspectors, the mayor said.",
  );
  const second = article(
    "Roads report",
    "A report found the council spent 3,500 pounds on roads.\n\nOnly 4 inspectors were hired.",
  );
  return { users, articles: { first, second } };
}
