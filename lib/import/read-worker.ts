/** Worker-thread entry: reads articles sent by read-off-thread.ts, one message at a time. */
import { parentPort } from "node:worker_threads";
import { readArticle } from "./read-article";
import { readPage } from "./read-page";
import type { ReadRequest } from "./read-off-thread";
import type { ParsedArticleInput } from "./schema";

// First calls build the detector's tables and compile its patterns; done here, before the first
// article's clock starts, so a small article is never refused for the worker's own warm-up.
readArticle({ body: "Warm-up: 12 people, 3.5% and $4 million in 2020." } as ParsedArticleInput);
readPage(
  "<!doctype html><html><head><title>Warm-up</title></head><body><article><p>Warm-up: 12 people.</p></article></body></html>",
  "https://warm-up.invalid/",
);

parentPort?.on("message", (message: { id: number } & ReadRequest) => {
  // The article's time limit runs from here: module loading is not the article's fault.
  parentPort!.postMessage({ id: message.id, started: true });
  const read =
    "page" in message
      ? readPage(message.page.html, message.page.pageUrl)
      : readArticle(message.input);
  parentPort!.postMessage({ id: message.id, read });
});
