/** Bytes to text in the page's own encoding: the Content-Type charset, else a `<meta charset>` or
 * XML declaration near the start, else UTF-8. An unknown label falls back to UTF-8. */
export function decodeBody(bytes: Buffer, contentType: string): string {
  const declared =
    /charset\s*=\s*["']?([\w.:-]{1,40})/i.exec(contentType)?.[1] ??
    sniffCharset(bytes.subarray(0, 2048).toString("latin1"));
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(declared ?? "utf-8");
  } catch {
    decoder = new TextDecoder("utf-8");
  }
  return decoder.decode(bytes);
}

function sniffCharset(head: string): string | undefined {
  return (
    /<meta[^>]{0,200}?charset\s*=\s*["']?([\w.:-]{1,40})/i.exec(head)?.[1] ??
    /<\?xml[^>]{0,200}?encoding\s*=\s*["']([\w.:-]{1,40})/i.exec(head)?.[1]
  );
}
