import { createDb } from "../db";
import { computeSuggestionsForArticle } from "../db/services/recompute-suggestions";
const { db, sqlite } = createDb("/work/suggest1m.db");
const ids = (sqlite.prepare("SELECT id FROM articles ORDER BY random() LIMIT 120").all() as { id: number }[]).map((r) => r.id);
for (const id of ids.slice(0, 20)) computeSuggestionsForArticle(db, id);
const c = process.cpuUsage();
for (const id of ids.slice(20)) computeSuggestionsForArticle(db, id);
const u = process.cpuUsage(c);
console.log("cpu ms per article", ((u.user + u.system) / 1000 / 100).toFixed(1));
