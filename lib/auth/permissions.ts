import type { Role } from "@/lib/domain";

/** The one permission map. Each permission names the least role that holds it;
 * roles are ordered, so an editor can do all a checker can, an admin all an editor can. */
export const PERMISSIONS = {
  "article.read": "checker",
  "claim.annotate": "checker",
  "review.read": "checker",
  "claim.decide": "editor",
  "claim.assign": "editor",
  "article.import": "admin",
  "user.manage": "admin",
  "apikey.manage": "admin",
  "settings.manage": "admin",
} as const satisfies Record<string, Role>;

export type Permission = keyof typeof PERMISSIONS;

const RANK: Record<Role, number> = { checker: 1, editor: 2, admin: 3 };

export function can(role: Role, permission: Permission): boolean {
  return RANK[role] >= RANK[PERMISSIONS[permission]];
}

export const ROLE_LABELS: Record<Role, string> = {
  checker: "Fact-checker",
  editor: "Editor",
  admin: "Admin",
};
