import { writeTransaction } from "../write-transaction";
import type { z } from "zod";
import { conflict, forbidden, notFound } from "@/lib/domain-error";
import { notePlainText } from "@/lib/notes/plain-text";
import type { addNoteSchema, deleteNoteSchema, editNoteSchema } from "@/lib/validation/note";
import type { Db } from "../index";
import { appendAudit, type DbOrTx } from "../queries/audit";
import { getClaimForWrite } from "../queries/claims";
import {
  getNoteById,
  insertNote,
  softDeleteNoteVersioned,
  updateNoteVersioned,
} from "../queries/notes";
import type { Actor } from "./actor";

export interface NoteWritten {
  noteId: number;
  version: number;
  articleId: number;
}

/** History keeps the first words of a note, enough to recognise it. */
const excerpt = (text: string) => text.slice(0, 200);

const noteConflict = () =>
  conflict(
    "This note was changed in another window since you opened it. Your edit was not saved: reload to see the latest version.",
  );

export function addNote(db: Db, actor: Actor, input: z.infer<typeof addNoteSchema>): NoteWritten {
  const plainText = notePlainText(input.doc);
  return writeTransaction(db, (tx) => {
    const claim = getClaimForWrite(tx, { id: input.claimId });
    if (!claim) throw notFound("That claim no longer exists.");
    const row = insertNote(tx, {
      claimId: claim.id,
      authorId: actor.id,
      docJson: JSON.stringify(input.doc),
      plainText,
    });
    appendAudit(tx, {
      actorId: actor.id,
      entity: "note",
      entityId: row.id,
      claimId: claim.id,
      action: "note.added",
      after: { text: excerpt(plainText) },
    });
    return { noteId: row.id, version: row.version, articleId: claim.articleId };
  });
}

/** The note and its claim, if the note is the actor's own: other people's notes are read-only. */
function ownNote(tx: DbOrTx, actor: Actor, noteId: number) {
  const note = getNoteById(tx, { id: noteId });
  if (!note || note.deletedAt !== null) throw notFound("That note no longer exists.");
  if (note.authorId !== actor.id) throw forbidden("Only the author can change or delete a note.");
  const claim = getClaimForWrite(tx, { id: note.claimId });
  if (!claim) throw notFound("That claim no longer exists.");
  return { note, claim };
}

export function editNote(db: Db, actor: Actor, input: z.infer<typeof editNoteSchema>): NoteWritten {
  const plainText = notePlainText(input.doc);
  return writeTransaction(db, (tx) => {
    const { note, claim } = ownNote(tx, actor, input.noteId);
    const row = updateNoteVersioned(tx, {
      id: note.id,
      version: input.version,
      docJson: JSON.stringify(input.doc),
      plainText,
    });
    if (!row) throw noteConflict();
    appendAudit(tx, {
      actorId: actor.id,
      entity: "note",
      entityId: note.id,
      claimId: claim.id,
      action: "note.edited",
      before: { text: excerpt(note.plainText) },
      after: { text: excerpt(plainText) },
    });
    return { noteId: row.id, version: row.version, articleId: claim.articleId };
  });
}

export function deleteNote(
  db: Db,
  actor: Actor,
  input: z.infer<typeof deleteNoteSchema>,
): NoteWritten {
  return writeTransaction(db, (tx) => {
    const { note, claim } = ownNote(tx, actor, input.noteId);
    if (!softDeleteNoteVersioned(tx, { id: note.id, version: input.version })) throw noteConflict();
    appendAudit(tx, {
      actorId: actor.id,
      entity: "note",
      entityId: note.id,
      claimId: claim.id,
      action: "note.deleted",
      before: { text: excerpt(note.plainText) },
    });
    return { noteId: note.id, version: input.version + 1, articleId: claim.articleId };
  });
}
