import type { Role } from "@/lib/domain";

/** Ids of seeded rows the matrix may use in its calls (see e2e/role-matrix.spec.ts). */
export interface MatrixContext {
  articleId: number;
  /** A different live claim for every call, so one cell's write never changes another's outcome. */
  claimId: () => number;
  /** Creates a throwaway user through the database and returns its id. */
  userId: () => number;
  /** An admin-made API key for each demo role, for routes that accept Bearer keys. */
  apiKeys: Partial<Record<Role, string>>;
}

export type MatrixEntry =
  | {
      /** A server action, found by its exported name and file in the build's server-reference manifest. */
      kind: "action";
      name: string;
      file: string;
      exportedName: string;
      /** Least role allowed; everyone below gets 403, anonymous and disabled users get 401. */
      minRole: Role;
      args: (ctx: MatrixContext) => unknown[];
    }
  | {
      kind: "route";
      name: string;
      method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
      path: (ctx: MatrixContext) => string;
      minRole: Role;
      body?: (ctx: MatrixContext) => unknown;
    };
