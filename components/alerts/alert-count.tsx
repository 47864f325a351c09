import Link from "next/link";
import "./alerts.css";

/** The top bar's count of open alerts, beside the role badge so a phone shows it without the menu. */
export function AlertCount({ count }: { count: number }) {
  const words = `${count.toLocaleString("en-US")} open alert${count === 1 ? "" : "s"}`;
  return (
    <Link
      href="/review/alerts"
      className="alert-count"
      data-open={count > 0 || undefined}
      data-testid="alert-count"
      aria-label={words}
      title={words}
    >
      Alerts {count.toLocaleString("en-US")}
    </Link>
  );
}
