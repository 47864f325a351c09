import type { MatrixEntry } from "./types";

const REVIEW = "app/(app)/review/actions.ts";
const ASSIGN = "app/(app)/articles/[id]/assign/actions.ts";

/** The editors' desk: deciding, dismissing, reopening and assigning are editor work; checkers are refused. */
export const entries: MatrixEntry[] = [
  {
    kind: "action",
    name: "uphold a dispute",
    file: REVIEW,
    exportedName: "upholdClaimDispute",
    minRole: "editor",
    args: (ctx) => [
      { claimId: ctx.claimId(), version: 1, verdict: "misleading", explanation: "Matrix check." },
    ],
  },
  {
    kind: "action",
    name: "dismiss a dispute",
    file: REVIEW,
    exportedName: "dismissClaimDispute",
    minRole: "editor",
    args: (ctx) => [{ claimId: ctx.claimId(), version: 1, note: "Matrix check." }],
  },
  {
    kind: "action",
    name: "reopen a decision",
    file: REVIEW,
    exportedName: "reopenClaimDecision",
    minRole: "editor",
    args: (ctx) => [{ claimId: ctx.claimId(), version: 1, reason: "Matrix check." }],
  },
  {
    kind: "action",
    name: "assign one claim",
    file: REVIEW,
    exportedName: "assignReviewClaim",
    minRole: "editor",
    args: (ctx) => [{ claimId: ctx.claimId(), version: 1, assigneeId: null }],
  },
  {
    kind: "action",
    name: "assign an article's open claims",
    file: ASSIGN,
    exportedName: "assignArticleClaims",
    minRole: "editor",
    args: (ctx) => [{ articleId: ctx.articleId, assigneeId: null }],
  },
];
