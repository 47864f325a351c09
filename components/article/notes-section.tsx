"use client";

import { useState } from "react";
import { addNote } from "@/app/(app)/articles/[id]/note-actions";
import { LazyNoteEditor } from "@/components/editor/lazy-note-editor";
import { FormError } from "./form-error";
import { NoteItem } from "./note-item";
import { useCommand } from "./use-command";
import { useWrite } from "./use-write";
import { useWorkspace } from "./workspace-context";
import type { NoteData } from "./workspace-types";

export function NotesSection({ claimId, notes }: { claimId: number; notes: NoteData[] }) {
  const { me, canAnnotate } = useWorkspace();
  const [writing, setWriting] = useState(false);
  const write = useWrite();
  useCommand("note", () => canAnnotate && setWriting(true));

  return (
    <section className="ws-section" aria-labelledby={`notes-${claimId}`}>
      <h3 id={`notes-${claimId}`}>
        Notes <span className="muted">({notes.length})</span>
      </h3>
      {notes.length > 0 && (
        <ul className="ws-notes">
          {notes.map((n) => (
            <NoteItem key={n.id} note={n} mine={n.authorId === me.id} />
          ))}
        </ul>
      )}
      {writing ? (
        <>
          <LazyNoteEditor
            saveLabel="Save note"
            pending={write.pending}
            onCancel={() => {
              write.clear();
              setWriting(false);
            }}
            onSave={(doc) =>
              void write.run(
                () => addNote({ claimId, doc }),
                () => setWriting(false),
              )
            }
          />
          <FormError message={write.error} testId="note-error" />
        </>
      ) : (
        canAnnotate && (
          <button type="button" onClick={() => setWriting(true)} aria-keyshortcuts="n">
            Add a note <kbd>n</kbd>
          </button>
        )
      )}
    </section>
  );
}
