import type { ReactNode } from "react";
import { requirePageUser } from "@/app/_lib/guards";
import { TopBar } from "@/components/shell/top-bar";

export default async function AppLayout({ children }: { children: ReactNode }) {
  // Layouts do not re-run on every navigation, so each page checks again; this one only needs the user for the bar.
  const user = await requirePageUser();
  return (
    <>
      <TopBar user={user} />
      <main className="page">{children}</main>
    </>
  );
}
