import http from "node:http";
import type net from "node:net";
import Database from "better-sqlite3";
import { segmentBody } from "@/lib/article/segments";

/**
 * The baseline for the article page: a bare node:http + better-sqlite3 handler that reads the same
 * article and its live claims and highlights them with the same segmentation, as escaped HTML. No
 * framework, no session, no workspace: the least any server could do to show the page.
 */
const escapes: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => escapes[c]!);

export async function startBareArticleServer(
  file: string,
): Promise<{ base: string; close: () => Promise<void> }> {
  const sqlite = new Database(file, { readonly: true });
  const article = sqlite.prepare<[number], { title: string; outlet: string | null; body: string }>(
    "select title, outlet, body from articles where id = ?",
  );
  const claimsOf = sqlite.prepare<
    [number],
    { id: number; start: number; end: number; status: string; quote: string }
  >(
    "select id, start, end, status, quote from claims where article_id = ? and deleted_at is null order by start",
  );
  const server = http.createServer((req, res) => {
    const id = Number(/^\/articles\/(\d+)$/.exec(req.url ?? "")?.[1]);
    const row = Number.isInteger(id) ? article.get(id) : undefined;
    if (!row) {
      res.writeHead(404).end();
      return;
    }
    const claims = claimsOf.all(id);
    const byId = new Map(claims.map((c) => [c.id, c]));
    let html = `<!doctype html><html><head><title>${escapeHtml(row.title)}</title></head><body><article><h1>${escapeHtml(row.title)}</h1><p>${escapeHtml(row.outlet ?? "")}</p><div class="article-body">`;
    for (const p of segmentBody(row.body, claims)) {
      html += `<p data-offset="${p.start}">`;
      for (const s of p.segments) {
        if (s.claimId === null) html += escapeHtml(s.text);
        else {
          const c = byId.get(s.claimId)!;
          html += `<mark id="claim-${c.id}" class="claim claim--${c.status}" data-claim-id="${c.id}">${escapeHtml(s.text)}</mark>`;
        }
      }
      html += "</p>";
    }
    html += `</div><ol>${claims.map((c) => `<li>${escapeHtml(c.quote)}</li>`).join("")}</ol></article></body></html>`;
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          sqlite.close();
          resolve();
        });
      }),
  };
}
