import Link from "next/link";
import type { SessionUser } from "@/app/_lib/guards";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { logOut } from "@/app/(auth)/login/actions";
import { navFor } from "./nav-items";
import { NavLinks } from "./nav-links";
import { MenuToggle } from "./menu-toggle";
import { AlertCount } from "@/components/alerts/alert-count";

/** `openAlerts` is null for a role that does not see the alert desk. */
export function TopBar({ user, openAlerts }: { user: SessionUser; openAlerts: number | null }) {
  return (
    <header className="topbar">
      <Link href="/" className="brand">
        Tal<span>ly</span>
      </Link>
      {/* Outside the folding menu: on a phone too, whoever holds it sees at once which role they act in. */}
      <span className="role-badge" data-testid="role-badge">
        {ROLE_LABELS[user.role]}
      </span>
      {openAlerts !== null && <AlertCount count={openAlerts} />}
      <MenuToggle />
      <div className="site-menu" id="site-menu">
        <NavLinks items={navFor(user.role).map(({ href, label }) => ({ href, label }))} />
        <div className="who">
          <Link href="/account" title="Your account">
            {user.name}
          </Link>
          <form action={logOut}>
            <button type="submit">Sign out</button>
          </form>
        </div>
      </div>
    </header>
  );
}
