import type { ReactNode } from "react";
import { requirePageUser } from "@/app/_lib/guards";
import { TopBar } from "@/components/shell/top-bar";
import { getDb } from "@/db";
import { countOpenAlerts } from "@/db/queries/alerts";
import { can } from "@/lib/auth/permissions";

export default async function AppLayout({ children }: { children: ReactNode }) {
  // Layouts do not re-run on every navigation, so each page checks again; this one only needs the user for the bar.
  const user = await requirePageUser();
  return (
    <>
      <TopBar
        user={user}
        openAlerts={can(user.role, "review.read") ? countOpenAlerts(getDb()) : null}
      />
      <main className="page">{children}</main>
    </>
  );
}
