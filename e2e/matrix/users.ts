import type { MatrixEntry } from "./types";

const USERS = "app/(app)/admin/users/actions.ts";

export const entries: MatrixEntry[] = [
  {
    kind: "action",
    name: "create a user",
    file: USERS,
    exportedName: "createUser",
    minRole: "admin",
    args: () => [
      {
        email: `made-${Date.now()}-${Math.random().toString(36).slice(2)}@tally.test`,
        name: "Made",
        role: "checker",
        password: "a-long-password-1",
      },
    ],
  },
  {
    kind: "action",
    name: "change a user's role",
    file: USERS,
    exportedName: "changeUserRole",
    minRole: "admin",
    args: async (ctx) => [{ userId: await ctx.userId(), version: 1, role: "editor" }],
  },
  {
    kind: "action",
    name: "disable a user",
    file: USERS,
    exportedName: "setUserDisabled",
    minRole: "admin",
    args: async (ctx) => [{ userId: await ctx.userId(), version: 1, disabled: true }],
  },
  {
    kind: "action",
    name: "reset a user's password",
    file: USERS,
    exportedName: "resetUserPassword",
    minRole: "admin",
    args: async (ctx) => [{ userId: await ctx.userId(), password: "another-long-password" }],
  },
  {
    kind: "action",
    name: "change one's own password",
    file: "app/(app)/account/actions.ts",
    exportedName: "changeOwnPassword",
    minRole: "checker",
    // A wrong current password: passes the gate (422), changes nothing, so later cells still sign in.
    args: () => [
      {
        currentPassword: "not-the-password",
        newPassword: "brand-new-password",
        confirmPassword: "brand-new-password",
      },
    ],
  },
];
