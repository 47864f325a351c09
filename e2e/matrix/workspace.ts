import type { MatrixContext, MatrixEntry } from "./types";

const dir = "app/(app)/articles/[id]";
// A version no claim reaches and ids no row has: each allowed call passes the auth gate and is then refused
// (409/404), so the matrix never changes the claims that other specs read.
const STALE = 999_999;
const MISSING = 999_999;
const doc = {
  type: "doc",
  content: [{ type: "paragraph", content: [{ type: "text", text: "matrix note" }] }],
};

const action = (
  exportedName: string,
  file: string,
  args: (ctx: MatrixContext) => unknown,
): MatrixEntry => ({
  kind: "action",
  name: `workspace: ${exportedName}`,
  file: `${dir}/${file}`,
  exportedName,
  minRole: "checker",
  args: (ctx) => [args(ctx)],
});

export const entries: MatrixEntry[] = [
  action("verifyClaim", "status-actions.ts", (ctx) => ({ claimId: ctx.claimId(), version: STALE })),
  action("disputeClaim", "status-actions.ts", (ctx) => ({
    claimId: ctx.claimId(),
    version: STALE,
    reason: "matrix",
  })),
  action("editClaim", "claim-actions.ts", (ctx) => ({
    claimId: ctx.claimId(),
    version: STALE,
    value: 1,
    low: null,
    high: null,
    unit: "",
    counted: "",
    qualifier: "exact",
    period: "",
  })),
  action("rejectClaim", "claim-actions.ts", (ctx) => ({ claimId: ctx.claimId(), version: STALE })),
  action("restoreClaim", "claim-actions.ts", (ctx) => ({ claimId: ctx.claimId(), version: STALE })),
  // Offsets whose text is not the quote: refused as "the article changed" after the auth gate.
  action("createManualClaim", "claim-actions.ts", (ctx) => ({
    articleId: ctx.articleId,
    start: 0,
    end: 5,
    quote: "~~~~~",
  })),
  action("addNote", "note-actions.ts", () => ({ claimId: MISSING, doc })),
  action("editNote", "note-actions.ts", () => ({ noteId: MISSING, version: 1, doc })),
  action("deleteNote", "note-actions.ts", () => ({ noteId: MISSING, version: 1 })),
  action("attachSource", "source-actions.ts", () => ({
    claimId: MISSING,
    stance: "supports",
    locator: "",
    sourceId: MISSING,
  })),
  action("detachSource", "source-actions.ts", () => ({ claimSourceId: MISSING })),
  action("linkClaims", "link-actions.ts", (ctx) => ({
    fromClaimId: ctx.claimId(),
    toClaimId: MISSING,
    relation: "same_figure",
  })),
  action("unlinkClaims", "link-actions.ts", () => ({ linkId: MISSING })),
];

// Only a note's author may change it, whatever their role: the demo editor wrote this one.
entries.push({
  kind: "action",
  name: "workspace: editNote by someone who did not write it",
  file: `${dir}/note-actions.ts`,
  exportedName: "editNote",
  minRole: "checker",
  // A stale version: the author passes the gate and gets a 409, so the note stays as it is.
  args: (ctx) => [{ noteId: ctx.editorNoteId, version: STALE, doc }],
  expect: { checker: 403, admin: 403 },
});

// A claim an editor has decided belongs to the editors (issue #14): a checker may no longer correct,
// reject or restore it (403 from the service, whatever the version), while an editor or admin passes
// that check and, with a stale version, is refused with a 409 that leaves the decision as it is.
const decided = (exportedName: string, args: (ctx: MatrixContext) => unknown): MatrixEntry => ({
  kind: "action",
  name: `workspace: ${exportedName} on a decided claim`,
  file: `${dir}/claim-actions.ts`,
  exportedName,
  minRole: "editor",
  args: (ctx) => [args(ctx)],
});
entries.push(
  decided("editClaim", (ctx) => ({
    claimId: ctx.decidedClaimId,
    version: STALE,
    value: 1,
    low: null,
    high: null,
    unit: "",
    counted: "",
    qualifier: "exact",
    period: "",
  })),
  decided("rejectClaim", (ctx) => ({ claimId: ctx.decidedClaimId, version: STALE })),
  decided("restoreClaim", (ctx) => ({ claimId: ctx.decidedClaimId, version: STALE })),
);
