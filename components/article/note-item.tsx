"use client";

import { useRef, useState } from "react";
import { deleteNote, editNote } from "@/app/(app)/articles/[id]/note-actions";
import { LazyNoteEditor } from "@/components/editor/lazy-note-editor";
import { formatTimestamp } from "@/lib/format";
import { renderNote } from "@/components/notes/render";
import { FieldError, FieldErrorScope, FormMessage, fieldProps } from "@/components/ui/form-message";
import { useSubmit } from "@/components/ui/use-submit";
import type { NoteData } from "./workspace-types";

/** One note: rendered from its stored JSON as React elements; its author may edit or delete it. */
export function NoteItem({ note, mine }: { note: NoteData; mine: boolean }) {
  const [editing, setEditing] = useState(false);
  const write = useSubmit();
  const itemRef = useRef<HTMLLIElement>(null);
  const prefix = `note-${note.id}-`;
  return (
    <FieldErrorScope>
      <li className="ws-note" data-testid="note" ref={itemRef}>
        <p className="ws-note-meta muted small">
          {note.authorName} · {formatTimestamp(note.createdAt)}
          {note.updatedAt !== null && " · edited"}
        </p>
        {editing ? (
          <LazyNoteEditor
            initialDoc={note.doc}
            saveLabel="Save changes"
            pending={write.pending}
            onCancel={() => setEditing(false)}
            onSave={(doc) =>
              void write.run(() => editNote({ noteId: note.id, version: note.version, doc }), {
                form: itemRef.current,
                onOk: () => setEditing(false),
              })
            }
            errorId={fieldProps(write.result, "doc", prefix)["aria-describedby"]}
          >
            <FieldError result={write.result} name="doc" prefix={prefix} />
          </LazyNoteEditor>
        ) : (
          <div className="note-body" data-testid="note-body">
            {note.doc ? (
              renderNote(note.doc)
            ) : (
              <p className="muted">This note could not be displayed.</p>
            )}
          </div>
        )}
        <FormMessage result={write.result} testId="note-error" />
        {mine && !editing && (
          <div className="ws-actions">
            <button type="button" className="link" onClick={() => setEditing(true)}>
              Edit
            </button>
            <button
              type="button"
              className="link ws-danger-link"
              disabled={write.pending}
              onClick={() =>
                void write.run(() => deleteNote({ noteId: note.id, version: note.version }))
              }
            >
              Delete
            </button>
          </div>
        )}
      </li>
    </FieldErrorScope>
  );
}
