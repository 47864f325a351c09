import { performance } from "node:perf_hooks";

/**
 * Throughput in MB/s (UTF-16 length taken as bytes: the corpus is almost all ASCII), over several timed
 * repetitions after a warm-up. The machine is shared, so both clocks are reported: wall time (what a
 * user waits) and this process's CPU time (user + system, GC threads included), which other
 * engineers' load disturbs far less. Median and best of each.
 */
export interface SpeedResult {
  label: string;
  bytes: number;
  repetitions: number;
  wall: { median: number; best: number };
  cpu: { median: number; best: number };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function measureSpeed(
  label: string,
  text: string,
  run: (text: string) => unknown,
  repetitions: number,
): SpeedResult {
  run(text.slice(0, Math.min(text.length, 50_000))); // warm-up: compile regexes, JIT the hot paths
  run(text.slice(0, Math.min(text.length, 50_000)));
  const wall: number[] = [];
  const cpu: number[] = [];
  const megabytes = text.length / 1e6;
  for (let i = 0; i < repetitions; i++) {
    const cpuStart = process.cpuUsage();
    const wallStart = performance.now();
    run(text);
    const wallMs = performance.now() - wallStart;
    const cpuUsed = process.cpuUsage(cpuStart);
    wall.push(megabytes / (wallMs / 1000));
    cpu.push(megabytes / ((cpuUsed.user + cpuUsed.system) / 1e6));
  }
  return {
    label,
    bytes: text.length,
    repetitions,
    wall: { median: median(wall), best: Math.max(...wall) },
    cpu: { median: median(cpu), best: Math.max(...cpu) },
  };
}

/** A slice that starts and ends on paragraph breaks, for the slow libraries. */
export function sliceOnParagraph(text: string, length: number): string {
  const end = text.indexOf("\n\n", length);
  return end < 0 ? text : text.slice(0, end);
}
