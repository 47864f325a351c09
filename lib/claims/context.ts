/** The quote and a little text either side: enough to find the claim again if the body changes. */
export function quoteContext(text: string, start: number, end: number, width = 32) {
  return {
    quote: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - width), start),
    suffix: text.slice(end, end + width),
  };
}
