import { performance } from "node:perf_hooks";

/** Throughput in MB/s (UTF-16 length taken as bytes: the corpus is almost all ASCII). */
export function measureMBps(label: string, text: string, run: (text: string) => unknown, minMs = 1500): { label: string; mbps: number; bytes: number } {
  run(text.slice(0, Math.min(text.length, 20_000))); // warm-up: compile regexes, JIT the hot paths
  let bytes = 0;
  const started = performance.now();
  let elapsed = 0;
  do {
    run(text);
    bytes += text.length;
    elapsed = performance.now() - started;
  } while (elapsed < minMs);
  return { label, mbps: bytes / 1e6 / (elapsed / 1000), bytes };
}

/** A slice that starts and ends on paragraph breaks, for the slow libraries. */
export function sliceOnParagraph(text: string, length: number): string {
  const end = text.indexOf("\n\n", length);
  return end < 0 ? text : text.slice(0, end);
}
