import "./export.css";

/** A plain link (no JavaScript): the browser downloads the file with the session cookie. */
export function CsvDownloadLink({
  query,
  label = "Download claims (CSV)",
}: {
  query?: Record<string, string>;
  label?: string;
}) {
  const search =
    query && Object.keys(query).length ? `?${new URLSearchParams(query).toString()}` : "";
  return (
    <a className="button csv-link" href={`/api/v1/claims.csv${search}`} download>
      {label}
    </a>
  );
}
