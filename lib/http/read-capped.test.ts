import { describe, expect, it } from "vitest";
import { mediaType, readCapped } from "./read-capped";

function streamOf(chunks: number[], onPull?: () => void): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      onPull?.();
      if (i < chunks.length) controller.enqueue(new Uint8Array(chunks[i++]!));
      else controller.close();
    },
  });
}

describe("readCapped", () => {
  it("returns the whole body when it fits", async () => {
    const result = await readCapped(streamOf([3, 4]), 7);
    expect(result.ok && result.bytes.byteLength).toBe(7);
  });
  it("stops reading as soon as the cap is passed", async () => {
    let pulls = 0;
    const result = await readCapped(
      streamOf(
        Array.from({ length: 1000 }, () => 1024),
        () => pulls++,
      ),
      4096,
    );
    expect(result).toEqual({ ok: false, reason: "too_large" });
    // Five 1 KB chunks pass a 4 KB cap; the other 995 are never pulled.
    expect(pulls).toBeLessThan(10);
  });
  it("treats a missing body as empty", async () => {
    const result = await readCapped(null, 10);
    expect(result.ok && result.bytes.byteLength).toBe(0);
  });
});

describe("mediaType", () => {
  it("is exact: parameters dropped, nothing else forgiven", () => {
    expect(mediaType("application/json; charset=utf-8")).toBe("application/json");
    expect(mediaType("Application/JSON")).toBe("application/json");
    expect(mediaType("text/plain; application/json")).toBe("text/plain");
    expect(mediaType(null)).toBe("");
  });
});
