import { describe, expect, it } from "vitest";
import { streamText } from "./text-stream";

describe("streamText", () => {
  it("produces each chunk only when it is pulled", async () => {
    let produced = 0;
    function* pages() {
      for (let i = 0; i < 1000; i++) {
        produced++;
        yield `row ${i}\n`;
      }
    }
    const reader = streamText(pages()).getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toBe("row 0\n");
    // A stream pulls ahead by its high-water mark (one chunk), never the whole generator.
    expect(produced).toBeLessThanOrEqual(2);
    await reader.cancel();
  });
  it("delivers everything, skipping empty chunks, and stops the generator when cancelled", async () => {
    const text = await new Response(streamText(["a", "", "b", "c"])).text();
    expect(text).toBe("abc");
    let finished = false;
    function* endless() {
      try {
        for (;;) yield "x";
      } finally {
        finished = true;
      }
    }
    const reader = streamText(endless()).getReader();
    await reader.read();
    await reader.cancel();
    expect(finished).toBe(true);
  });
});
