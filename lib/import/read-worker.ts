/** Worker-thread entry: reads articles sent by read-off-thread.ts, one message at a time. */
import { parentPort } from "node:worker_threads";
import { readArticle } from "./read-article";
import type { ParsedArticleInput } from "./schema";

// First calls build the detector's tables and compile its patterns; done here, before the first
// article's clock starts, so a small article is never refused for the worker's own warm-up.
readArticle({ body: "Warm-up: 12 people, 3.5% and $4 million in 2020." } as ParsedArticleInput);

parentPort?.on("message", (message: { id: number; input: ParsedArticleInput }) => {
  // The article's time limit runs from here: module loading is not the article's fault.
  parentPort!.postMessage({ id: message.id, started: true });
  parentPort!.postMessage({ id: message.id, read: readArticle(message.input) });
});
