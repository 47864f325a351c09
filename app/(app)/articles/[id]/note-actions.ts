"use server";

import * as notes from "@/db/services/notes";
import { runAction } from "@/app/_lib/action";
import type { ActionResult } from "@/lib/action-result";
import { addNoteSchema, deleteNoteSchema, editNoteSchema } from "@/lib/validation/note";
import { revalidateArticles } from "./revalidate";

type NoteWritten = ActionResult<{ noteId: number; version: number }>;

function written(result: notes.NoteWritten) {
  revalidateArticles(result.articleId);
  return { noteId: result.noteId, version: result.version };
}

/** An oversize note answers 413 so API clients can tell it from other bad input. */
function tooLarge(result: NoteWritten): NoteWritten {
  return !result.ok && result.status === 400 && /100 KB/.test(result.error)
    ? { ...result, status: 413 }
    : result;
}

export async function addNote(raw: unknown): Promise<NoteWritten> {
  return tooLarge(
    await runAction("claim.annotate", addNoteSchema, raw, (db, actor, input) =>
      written(notes.addNote(db, actor, input)),
    ),
  );
}

export async function editNote(raw: unknown): Promise<NoteWritten> {
  return tooLarge(
    await runAction("claim.annotate", editNoteSchema, raw, (db, actor, input) =>
      written(notes.editNote(db, actor, input)),
    ),
  );
}

export async function deleteNote(raw: unknown): Promise<NoteWritten> {
  return runAction("claim.annotate", deleteNoteSchema, raw, (db, actor, input) =>
    written(notes.deleteNote(db, actor, input)),
  );
}
