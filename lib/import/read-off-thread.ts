import { fileURLToPath } from "node:url";
import { Worker, type WorkerOptions } from "node:worker_threads";
import type { ReadArticle } from "./read-article";
import type { ParsedArticleInput } from "./schema";

/** How long one article may take to read (HTML, cleaning, detection) before its worker is stopped. */
export const READ_TIME_LIMIT_MS = 20_000;
/** A hostile page must not take the server's memory with it. */
const WORKER_HEAP_MB = 768;
/** Starting a worker (loading jsdom and the detector) is not part of an article's time. */
const START_LIMIT_MS = 60_000;
/** An idle worker is stopped after this long; the next import starts a new one. */
const IDLE_MS = 60_000;

interface Task {
  id: number;
  input: ParsedArticleInput;
  limitMs: number;
  resolve: (read: ReadArticle) => void;
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

/** Starts the worker. In the built app (next build/start) the bundler sees this
 * `new Worker(new URL(…, import.meta.url))` and compiles the entry with its imports into a chunk of
 * its own. Run from source (tsx, vitest) the entry is TypeScript, loaded through tsx's require hook. */
function startWorker(options: WorkerOptions): Worker {
  if (process.env.NEXT_RUNTIME)
    return new Worker(new URL("./read-worker.ts", import.meta.url), options);
  const entry = fileURLToPath(new URL("./read-worker.ts", import.meta.url));
  return new Worker(`require("tsx/cjs/api").register(); require(${JSON.stringify(entry)});`, {
    ...options,
    eval: true,
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

  read(input: ParsedArticleInput, limitMs: number): Promise<ReadArticle> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, input, limitMs, resolve });
      this.pump();
    });
  }

  private start(): Worker {
    const worker = startWorker({ resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    worker.on("message", (message: { id: number; started?: true; read?: ReadArticle }) => {
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
    this.worker.postMessage({ id: task.id, input: task.input });
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

  private finish(read: ReadArticle): void {
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

// One reader per server process, kept on globalThis so dev-mode reloads do not start more.
const holder = globalThis as unknown as { tallyArticleReader?: ArticleReader };

/** Reads an article (HTML, cleaning, claim detection) in a worker thread, within a time limit. */
export function readArticleOffThread(
  input: ParsedArticleInput,
  { limitMs = READ_TIME_LIMIT_MS }: { limitMs?: number } = {},
): Promise<ReadArticle> {
  holder.tallyArticleReader ??= new ArticleReader();
  return holder.tallyArticleReader.read(input, limitMs);
}
