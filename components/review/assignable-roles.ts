import type { Role } from "@/lib/domain";

/** Who a claim may be given to (the server checks the same: db/queries/assignments.ts isAssignableUser). */
export const ASSIGNABLE_ROLES: Role[] = ["checker", "editor"];
