import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { listRecentImports } from "@/db/queries/articles";
import { requirePageUser } from "@/app/_lib/guards";
import { formatTimestamp } from "@/lib/format";
import { PasteForm } from "@/components/import/paste-form";
import { UploadForm } from "@/components/import/upload-form";
import { RemovedPieces } from "@/components/import/removed-pieces";
import { parseRemoved } from "@/components/import/removed-on-import";
import { UrlForm } from "@/components/import/url-form";
import { importReadPage, pasteArticle, readArticleUrl } from "./actions";
import "@/components/import/import.css";

export const metadata: Metadata = { title: "Import articles" };

export default async function ImportPage() {
  await requirePageUser("article.import");
  const recent = listRecentImports(getDb(), { limit: 25 });
  return (
    <>
      <h1>Import articles</h1>
      <p className="muted">
        Articles are cleaned of page furniture, checked for duplicates (the same text, or the same
        URL with a changed text updates the article and keeps reviewers&rsquo; work) and scanned for
        numeric claims. Markup is never stored.
      </p>
      <div className="import-columns">
        <UrlForm readArticleUrl={readArticleUrl} importReadPage={importReadPage} />
        <UploadForm />
        <PasteForm pasteArticle={pasteArticle} />
      </div>
      <section aria-labelledby="recent-heading" className="import-recent">
        <h2 id="recent-heading">Recent imports</h2>
        {recent.length === 0 ? (
          <p className="card">Nothing imported yet.</p>
        ) : (
          <table className="data cards" aria-label="Recent imports">
            <thead>
              <tr>
                <th>Article</th>
                <th>Imported</th>
                <th className="num">Claims</th>
                <th>Removed furniture</th>
              </tr>
            </thead>
            <tbody>
              {recent.map((a) => (
                <tr key={a.id}>
                  <td>
                    <Link href={`/articles/${a.id}`}>{a.title}</Link>
                    {a.outlet && <div className="muted small">{a.outlet}</div>}
                  </td>
                  <td data-label="Imported" className="small">
                    {formatTimestamp(a.createdAt)}
                    {a.version > 1 && a.updatedAt && (
                      <div className="muted">
                        updated {formatTimestamp(a.updatedAt)} (version {a.version})
                      </div>
                    )}
                  </td>
                  <td data-label="Claims" className="num">
                    {a.claimCount}
                  </td>
                  <td data-label="Removed furniture">
                    <RemovedPieces removed={parseRemoved(a.removedJson)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
