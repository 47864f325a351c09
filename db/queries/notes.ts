import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { preparedQuery } from "./prepared";
import type { Db } from "../index";
import { claims, notes, users } from "../schema";
import type { DbOrTx } from "./audit";

export interface NoteView {
  id: number;
  claimId: number;
  authorId: number;
  authorName: string;
  docJson: string;
  version: number;
  createdAt: number;
  updatedAt: number | null;
}

const noteView = {
  id: notes.id,
  claimId: notes.claimId,
  authorId: notes.authorId,
  authorName: users.name,
  docJson: notes.docJson,
  version: notes.version,
  createdAt: notes.createdAt,
  updatedAt: notes.updatedAt,
};

/** Every live note on every claim of the article, in one query. */
const notesForArticleQuery = preparedQuery((db) =>
  db
    .select(noteView)
    .from(notes)
    .innerJoin(claims, eq(claims.id, notes.claimId))
    .innerJoin(users, eq(users.id, notes.authorId))
    .where(and(eq(claims.articleId, sql.placeholder("articleId")), isNull(notes.deletedAt)))
    .orderBy(asc(notes.claimId), asc(notes.createdAt), asc(notes.id))
    .prepare(),
);

export function listNotesForArticle(db: Db, { articleId }: { articleId: number }): NoteView[] {
  return notesForArticleQuery(db).all({ articleId });
}

export function getNoteById(db: DbOrTx, { id }: { id: number }) {
  return db
    .select({
      id: notes.id,
      claimId: notes.claimId,
      authorId: notes.authorId,
      plainText: notes.plainText,
      version: notes.version,
      deletedAt: notes.deletedAt,
    })
    .from(notes)
    .where(eq(notes.id, id))
    .get();
}

export function insertNote(
  tx: DbOrTx,
  row: { claimId: number; authorId: number; docJson: string; plainText: string },
) {
  return tx.insert(notes).values(row).returning({ id: notes.id, version: notes.version }).get();
}

/** Changes the note only if it is still at `version`; undefined means someone saved first. */
export function updateNoteVersioned(
  tx: DbOrTx,
  {
    id,
    version,
    docJson,
    plainText,
  }: { id: number; version: number; docJson: string; plainText: string },
) {
  return tx
    .update(notes)
    .set({ docJson, plainText, version: version + 1, updatedAt: Date.now() })
    .where(and(eq(notes.id, id), eq(notes.version, version), isNull(notes.deletedAt)))
    .returning({ id: notes.id, version: notes.version })
    .get();
}

export function softDeleteNoteVersioned(
  tx: DbOrTx,
  { id, version }: { id: number; version: number },
) {
  return tx
    .update(notes)
    .set({ deletedAt: Date.now(), version: version + 1 })
    .where(and(eq(notes.id, id), eq(notes.version, version), isNull(notes.deletedAt)))
    .returning({ id: notes.id })
    .get();
}
