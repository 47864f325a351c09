/** Worker-thread entry: reads articles sent by read-off-thread.ts, one message at a time. */
import { parentPort } from "node:worker_threads";
import { readArticle } from "./read-article";
import type { ParsedArticleInput } from "./schema";

parentPort?.on("message", (message: { id: number; input: ParsedArticleInput }) => {
  // The article's time limit runs from here: module loading is not the article's fault.
  parentPort!.postMessage({ id: message.id, started: true });
  parentPort!.postMessage({ id: message.id, read: readArticle(message.input) });
});
