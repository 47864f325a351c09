import type { Role } from "@/lib/domain";

/** Ids of rows the matrix made for its calls through the app's services (see e2e/role-matrix.spec.ts). */
export interface MatrixContext {
  articleId: number;
  /** A different live, undecided claim for every call, so one cell's write never changes another's outcome. */
  claimId: () => number;
  /** A claim of the matrix's article that an editor has decided (disputed by the checker, upheld). */
  decidedClaimId: number;
  /** Creates a throwaway checker through the users service and returns its id. */
  userId: () => Promise<number>;
  /** A note written by the demo editor on the matrix's own article (only its author may change it). */
  editorNoteId: number;
}

/** Who calls: a cookie session (anonymous, a role, a user disabled after signing in) or, for routes,
 * a Bearer key (one per role with read-and-write scope, and keys that must be refused). */
export type Actor =
  | "anonymous"
  | Role
  | "disabled"
  | "key:checker"
  | "key:editor"
  | "key:admin"
  | "key:revoked"
  | "key:expired"
  | "key:read-only"
  | "key:disabled-owner";

/** "allowed" is the call's own success or its domain refusal after the gate (400/404/409/422). */
export type Outcome = "allowed" | 401 | 403;
/** What a call came to: the gate's answer, or anything else (a 5xx above all), which fails the cell. */
export type Observed = Outcome | `unexpected ${number}: ${string}`;

export type MatrixEntry =
  | {
      /** A server action, found by its exported name and file in the build's server-reference manifest. */
      kind: "action";
      name: string;
      file: string;
      exportedName: string;
      /** Least role allowed; everyone below gets 403, anonymous and disabled users get 401. */
      minRole: Role;
      args: (ctx: MatrixContext) => unknown[] | Promise<unknown[]>;
      /** Cells that differ from what the role order says (e.g. only a note's author may edit it). */
      expect?: Partial<Record<Actor, Outcome>>;
    }
  | {
      kind: "route";
      name: string;
      method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
      path: (ctx: MatrixContext) => string;
      minRole: Role;
      body?: (ctx: MatrixContext) => unknown;
    };
