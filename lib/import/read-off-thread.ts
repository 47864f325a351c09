import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { ReadArticle } from "./read-article";
import type { ReadPage } from "./read-page";
import type { ParsedArticleInput } from "./schema";

/** How long one article may take to read (HTML, cleaning, detection) before its worker is stopped. */
export const READ_TIME_LIMIT_MS = 20_000;
/** A hostile page must not take the server's memory with it. */
const WORKER_HEAP_MB = 768;
/** Starting a worker (loading jsdom and the detector) is not part of an article's time. */
const START_LIMIT_MS = 60_000;
/** An idle worker is stopped after this long; the next import starts a new one. */
const IDLE_MS = 60_000;

/** What a worker is asked to read: an article as imported, or a fetched page (read-worker.ts). */
export type ReadRequest =
  { input: ParsedArticleInput } | { page: { html: string; pageUrl: string } };
/** Both answers fail the same way, so a stopped worker's error fits either. */
type ReadResult = ReadArticle | ReadPage;

interface Task {
  id: number;
  request: ReadRequest;
  limitMs: number;
  resolve: (read: ReadResult) => void;
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

/** Starts the worker. In the built app (next build/start) the bundler sees this
 * `new Worker(new URL(…, import.meta.url), {…})` and compiles the entry with its imports into a chunk
 * of its own; it does so only for this literal shape (options written inline, one such URL).
 * Run from source (tsx, vitest) the entry is TypeScript, loaded through tsx's require hook. */
function startWorker(): Worker {
  if (process.env.NEXT_RUNTIME)
    return new Worker(new URL("./read-worker.ts", import.meta.url), {
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
  const entry = path.join(path.dirname(fileURLToPath(import.meta.url)), "read-worker.ts");
  return new Worker(`require("tsx/cjs/api").register(); require(${JSON.stringify(entry)});`, {
    eval: true,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
}

/** One worker thread that reads articles in turn, so the event loop that serves requests never runs
 * the CPU-heavy part of an import. A read over its time limit terminates the worker (the only way
 * to stop a running regex or parser); that article fails with a clear message and the queue goes on
 * in a fresh worker. */
class ArticleReader {
  private worker: Worker | null = null;
  private queue: Task[] = [];
  private current: { task: Task; timer: NodeJS.Timeout | undefined } | null = null;
  private idle: NodeJS.Timeout | null = null;
  private nextId = 1;

  read(request: ReadRequest, limitMs: number): Promise<ReadResult> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, request, limitMs, resolve });
      this.pump();
    });
  }

  /** Articles waiting or being read: the pool gives the next one to the least busy reader. */
  get load(): number {
    return this.queue.length + (this.current ? 1 : 0);
  }

  private start(): Worker {
    const worker = startWorker();
    worker.on("message", (message: { id: number; started?: true; read?: ReadResult }) => {
      if (this.current?.task.id !== message.id) return;
      if (message.started) this.limit(this.current.task.limitMs, "to read");
      else if (message.read) this.finish(message.read);
    });
    worker.on("error", (error) =>
      this.lose(worker, `Could not read the article: ${error.message}`),
    );
    worker.on("exit", () => this.lose(worker, "Could not read the article: the reader stopped."));
    worker.unref();
    return worker;
  }

  private pump(): void {
    if (this.current || this.queue.length === 0) {
      if (!this.current && this.worker && !this.idle)
        this.idle = setTimeout(() => this.stop(), IDLE_MS).unref();
      return;
    }
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    const task = this.queue.shift()!;
    this.worker ??= this.start();
    this.current = { task, timer: undefined };
    this.limit(START_LIMIT_MS, "to start reading");
    this.worker.postMessage({ id: task.id, ...task.request });
  }

  /** (Re)starts the current article's clock; when it runs out the worker is terminated. */
  private limit(ms: number, what: string): void {
    if (!this.current) return;
    clearTimeout(this.current.timer);
    this.current.timer = setTimeout(() => {
      this.finish({
        ok: false,
        error: `The article took longer than ${seconds(ms)} ${what}; nothing was saved.`,
      });
      this.stop();
    }, ms);
  }

  private finish(read: ReadResult): void {
    if (!this.current) return;
    clearTimeout(this.current.timer);
    const { task } = this.current;
    this.current = null;
    task.resolve(read);
    queueMicrotask(() => this.pump());
  }

  /** The worker died (out of memory, a crash): the article it held fails, the queue goes on. */
  private lose(worker: Worker, error: string): void {
    if (this.worker !== worker) return;
    this.worker = null;
    const message = /out of memory|ERR_WORKER_OUT_OF_MEMORY/i.test(error)
      ? "The article needed too much memory to read; nothing was saved."
      : error;
    this.finish({ ok: false, error: message });
  }

  private stop(): void {
    const worker = this.worker;
    this.worker = null;
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    void worker?.terminate();
  }
}

/** As many readers as the machine runs threads at once, so a feed's pages are read in parallel while
 * the event loop only fetches and stores. Each reader starts its worker on first use and stops it when idle. */
class ReaderPool {
  private readers = Array.from(
    { length: Math.max(1, os.availableParallelism()) },
    () => new ArticleReader(),
  );

  read(request: ReadRequest, limitMs: number): Promise<ReadResult> {
    const reader = this.readers.reduce((a, b) => (b.load < a.load ? b : a));
    return reader.read(request, limitMs);
  }
}

// One pool per server process, kept on globalThis so dev-mode reloads do not start more.
const holder = globalThis as unknown as { tallyReaderPool?: ReaderPool };
const pool = () => (holder.tallyReaderPool ??= new ReaderPool());

/** Reads an article (HTML, cleaning, claim detection) in a worker thread, within a time limit. */
export function readArticleOffThread(
  input: ParsedArticleInput,
  { limitMs = READ_TIME_LIMIT_MS }: { limitMs?: number } = {},
): Promise<ReadArticle> {
  return pool().read({ input }, limitMs) as Promise<ReadArticle>;
}

/** Reads a fetched page once (metadata, text, and the article an import of it stores) in a worker
 * thread, within a time limit. */
export function readPageOffThread(
  page: { html: string; pageUrl: string },
  { limitMs = READ_TIME_LIMIT_MS }: { limitMs?: number } = {},
): Promise<ReadPage> {
  return pool().read({ page }, limitMs) as Promise<ReadPage>;
}
