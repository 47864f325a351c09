import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { listExportClaims, loadExportBundle } from "@/db/queries/export";
import { requirePageUser } from "@/app/_lib/guards";
import { can } from "@/lib/auth/permissions";
import { VERDICT_TEXT } from "@/lib/export/annotations";
import { CsvDownloadLink } from "@/components/export/csv-download-link";
import "@/components/export/export.css";

export const metadata: Metadata = { title: "Export" };

const SHOWN_DECIDED = 200;

export default async function ExportPage() {
  const user = await requirePageUser("article.read");
  const db = getDb();
  const decided = listExportClaims(db, { status: "decided", limit: SHOWN_DECIDED });
  const bundle = loadExportBundle(db, decided, { withBodies: false });
  return (
    <>
      <h1>Export</h1>
      <p className="muted">
        Take the work out of Tally: into a spreadsheet, an annotation tool, search engines or
        another newsroom system.
      </p>
      <div className="export-links">
        <section className="card">
          <h2>Spreadsheet</h2>
          <p className="muted">
            Every claim with its article, value, status, verdict, sources and links. Opens in Excel,
            Numbers, LibreOffice and Google Sheets.
          </p>
          <CsvDownloadLink />{" "}
          <CsvDownloadLink query={{ status: "decided" }} label="Decided claims only" />
        </section>
        <section className="card">
          <h2>Web Annotations</h2>
          <p className="muted">
            Every claim as a W3C Web Annotation (JSON-LD), with its notes, sources and links, paged.
          </p>
          <a className="button" href="/api/v1/annotations">
            Annotation collection
          </a>
        </section>
        <section className="card">
          <h2>API</h2>
          <p className="muted">
            Articles and claims as JSON at <code>/api/v1</code>, with an API key in{" "}
            <code>Authorization: Bearer …</code>.
            {can(user.role, "apikey.manage") ? " " : " Ask an admin for a key."}
          </p>
          {can(user.role, "apikey.manage") && (
            <Link className="button" href="/admin/api-keys">
              Manage API keys
            </Link>
          )}
        </section>
      </div>
      <h2 className="export-section-title">Shareable fact-checks</h2>
      {decided.length === 0 ? (
        <p className="card muted">
          No decided claims yet. Once an editor decides a claim, its page with ClaimReview markup
          appears here.
        </p>
      ) : (
        <table className="data cards" aria-label="Decided claims">
          <thead>
            <tr>
              <th>Claim</th>
              <th>Article</th>
              <th>Verdict</th>
            </tr>
          </thead>
          <tbody>
            {decided.map((c) => (
              <tr key={c.id}>
                <td>
                  <Link href={`/c/${c.id}`}>{c.quote}</Link>
                </td>
                <td data-label="Article">{bundle.articles.get(c.articleId)?.title}</td>
                <td data-label="Verdict">
                  {c.verdict ? VERDICT_TEXT[c.verdict] : <span className="muted">—</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
