"use client";

import { useRef, useState } from "react";
import { addNote } from "@/app/(app)/articles/[id]/note-actions";
import { LazyNoteEditor } from "@/components/editor/lazy-note-editor";
import { FieldError, FieldErrorScope, FormMessage, fieldProps } from "@/components/ui/form-message";
import { NoteItem } from "./note-item";
import { useCommand } from "./use-command";
import { useSubmit } from "@/components/ui/use-submit";
import { useWorkspace } from "./workspace-context";
import type { NoteData } from "./workspace-types";

export function NotesSection({ claimId, notes }: { claimId: number; notes: NoteData[] }) {
  const { me, canAnnotate, focusClaim } = useWorkspace();
  const [writing, setWriting] = useState(false);
  const write = useSubmit();
  const editorRef = useRef<HTMLDivElement>(null);
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
        <FieldErrorScope>
          <div ref={editorRef}>
            <LazyNoteEditor
              saveLabel="Save note"
              pending={write.pending}
              onCancel={() => {
                write.clear();
                setWriting(false);
                focusClaim(claimId);
              }}
              onSave={(doc) =>
                void write.run(() => addNote({ claimId, doc }), {
                  form: editorRef.current,
                  onOk: () => {
                    setWriting(false);
                    focusClaim(claimId);
                  },
                })
              }
              errorId={fieldProps(write.result, "doc", `note-${claimId}-`)["aria-describedby"]}
            >
              <FieldError result={write.result} name="doc" prefix={`note-${claimId}-`} />
            </LazyNoteEditor>
          </div>
          <FormMessage result={write.result} testId="note-error" />
        </FieldErrorScope>
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
