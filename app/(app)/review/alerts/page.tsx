import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { countOpenAlerts, listOpenAlerts, type AlertCursor } from "@/db/queries/alerts";
import { requirePageUser } from "@/app/_lib/guards";
import { can } from "@/lib/auth/permissions";
import { AlertDesk } from "@/components/alerts/alert-desk";

export const metadata: Metadata = { title: "Alerts" };

const PAGE_SIZE = 20;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** "1712345678901.42" → the (createdAt, id) of the last alert of the previous page; anything else: none. */
function parseCursor(raw: string | string[] | undefined): AlertCursor | undefined {
  if (typeof raw !== "string") return undefined;
  const m = /^(\d{1,15})\.(\d{1,12})$/.exec(raw);
  return m ? { at: Number(m[1]), id: Number(m[2]) } : undefined;
}

export default async function AlertsPage({ searchParams }: Props) {
  const user = await requirePageUser("review.read");
  const after = parseCursor((await searchParams).after);
  const db = getDb();
  const { rows, hasMore } = listOpenAlerts(db, { after, limit: PAGE_SIZE });
  const total = countOpenAlerts(db);
  const last = rows.at(-1);
  const canClose = can(user.role, "claim.decide");
  return (
    <div className="review">
      <header>
        <h1>
          Alerts <span className="muted">({total.toLocaleString("en-US")} open)</span>
        </h1>
        <p className="muted">
          New figures that measure the same quantity as a watched one (verified, decided or chosen
          by a checker) with a value outside its range, newest first.
          {!canClose && " You can follow the alerts here; editors link or dismiss them."}{" "}
          <Link href="/review">Review queue</Link>
        </p>
      </header>
      <AlertDesk
        key={after ? `${after.at}.${after.id}` : "first"}
        alerts={rows}
        canClose={canClose}
      />
      <nav className="pager" aria-label="Alert pages">
        {after && <Link href="/review/alerts">First page</Link>}
        {hasMore && last && (
          <Link href={`/review/alerts?after=${last.createdAt}.${last.id}`} rel="next">
            Next page →
          </Link>
        )}
      </nav>
    </div>
  );
}
