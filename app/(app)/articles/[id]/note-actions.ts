"use server";

import { getDb } from "@/db";
import { getClaimForWrite } from "@/db/queries/claims";
import {
  getNoteById,
  insertNote,
  softDeleteNoteVersioned,
  updateNoteVersioned,
} from "@/db/queries/notes";
import { appendAudit } from "@/db/queries/audit";
import { authorizeAction } from "@/lib/auth/guards";
import { fail, invalid, ok, type ActionResult } from "@/lib/action-result";
import { notePlainText } from "@/lib/notes/plain-text";
import { addNoteSchema, deleteNoteSchema, editNoteSchema } from "@/lib/validation/note";
import { revalidateArticle } from "./claim-conflict";

type NoteWritten = ActionResult<{ noteId: number; version: number }>;

function tooLarge(result: ReturnType<typeof invalid>): ReturnType<typeof invalid> {
  // An oversize note answers 413 so API clients can tell it from other bad input.
  return !result.ok && /100 KB/.test(result.error) ? { ...result, status: 413 } : result;
}

export async function addNote(raw: unknown): Promise<NoteWritten> {
  const auth = await authorizeAction("claim.annotate");
  if (!auth.ok) return auth;
  const input = addNoteSchema.safeParse(raw);
  if (!input.success) return tooLarge(invalid(input.error));
  const db = getDb();
  const claim = getClaimForWrite(db, { id: input.data.claimId });
  if (!claim) return fail(404, "That claim no longer exists.");
  const plainText = notePlainText(input.data.doc);
  const note = db.transaction((tx) => {
    const row = insertNote(tx, {
      claimId: claim.id,
      authorId: auth.user.id,
      docJson: JSON.stringify(input.data.doc),
      plainText,
    });
    appendAudit(tx, {
      actorId: auth.user.id,
      entity: "note",
      entityId: row.id,
      claimId: claim.id,
      action: "note.added",
      after: { text: plainText.slice(0, 200) },
    });
    return row;
  });
  revalidateArticle(claim.articleId);
  return ok({ noteId: note.id, version: note.version });
}

/** Loads the note and checks it is the caller's own; other people's notes are read-only. */
type OwnNote =
  | { error: ActionResult<never> }
  | {
      db: ReturnType<typeof getDb>;
      note: NonNullable<ReturnType<typeof getNoteById>>;
      claim: NonNullable<ReturnType<typeof getClaimForWrite>>;
    };

function ownNote(noteId: number, userId: number): OwnNote {
  const db = getDb();
  const note = getNoteById(db, { id: noteId });
  if (!note || note.deletedAt !== null) return { error: fail(404, "That note no longer exists.") };
  if (note.authorId !== userId)
    return {
      error: { ok: false, status: 403, error: "Only the author can change or delete a note." },
    };
  const claim = getClaimForWrite(db, { id: note.claimId });
  if (!claim) return { error: fail(404, "That claim no longer exists.") };
  return { db, note, claim };
}

const noteConflict = () =>
  fail(
    409,
    "This note was changed in another window since you opened it. Your edit was not saved: reload to see the latest version.",
  );

export async function editNote(raw: unknown): Promise<NoteWritten> {
  const auth = await authorizeAction("claim.annotate");
  if (!auth.ok) return auth;
  const input = editNoteSchema.safeParse(raw);
  if (!input.success) return tooLarge(invalid(input.error));
  const found = ownNote(input.data.noteId, auth.user.id);
  if ("error" in found) return found.error;
  const { db, note, claim } = found;
  const plainText = notePlainText(input.data.doc);
  const updated = db.transaction((tx) => {
    const row = updateNoteVersioned(tx, {
      id: note.id,
      version: input.data.version,
      docJson: JSON.stringify(input.data.doc),
      plainText,
    });
    if (!row) return undefined;
    appendAudit(tx, {
      actorId: auth.user.id,
      entity: "note",
      entityId: note.id,
      claimId: claim.id,
      action: "note.edited",
      before: { text: note.plainText.slice(0, 200) },
      after: { text: plainText.slice(0, 200) },
    });
    return row;
  });
  if (!updated) return noteConflict();
  revalidateArticle(claim.articleId);
  return ok({ noteId: updated.id, version: updated.version });
}

export async function deleteNote(raw: unknown): Promise<NoteWritten> {
  const auth = await authorizeAction("claim.annotate");
  if (!auth.ok) return auth;
  const input = deleteNoteSchema.safeParse(raw);
  if (!input.success) return invalid(input.error);
  const found = ownNote(input.data.noteId, auth.user.id);
  if ("error" in found) return found.error;
  const { db, note, claim } = found;
  const deleted = db.transaction((tx) => {
    const row = softDeleteNoteVersioned(tx, { id: note.id, version: input.data.version });
    if (!row) return undefined;
    appendAudit(tx, {
      actorId: auth.user.id,
      entity: "note",
      entityId: note.id,
      claimId: claim.id,
      action: "note.deleted",
      before: { text: note.plainText.slice(0, 200) },
    });
    return row;
  });
  if (!deleted) return noteConflict();
  revalidateArticle(claim.articleId);
  return ok({ noteId: note.id, version: input.data.version + 1 });
}
