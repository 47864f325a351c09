import type { Role } from "@/lib/domain";
import { can, type Permission } from "@/lib/auth/permissions";

export interface NavItem {
  href: string;
  label: string;
  permission: Permission;
}

/** What each role sees in the top bar; the pages check the same permissions on the server. */
export const NAV_ITEMS: NavItem[] = [
  { href: "/", label: "Articles", permission: "article.read" },
  { href: "/review", label: "Review queue", permission: "review.read" },
  { href: "/search", label: "Search", permission: "article.read" },
  { href: "/sources", label: "Sources", permission: "article.read" },
  { href: "/admin/import", label: "Import", permission: "article.import" },
  { href: "/admin/feeds", label: "Feeds", permission: "article.import" },
  { href: "/admin/users", label: "Users", permission: "user.manage" },
  { href: "/export", label: "Export", permission: "article.read" },
  { href: "/admin/api-keys", label: "API keys", permission: "apikey.manage" },
  { href: "/admin/settings", label: "Settings", permission: "settings.manage" },
];

export function navFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => can(role, item.permission));
}
