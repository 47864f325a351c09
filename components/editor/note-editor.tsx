"use client";

import { EditorContent, useEditor, useEditorState } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useEffect, useRef, useState } from "react";
import type { NoteDoc } from "@/lib/notes/types";
import { EditorToolbar } from "./editor-toolbar";
import "./prosemirror.css";

export interface NoteEditorProps {
  initialDoc?: NoteDoc | null;
  saveLabel: string;
  pending: boolean;
  onSave: (doc: unknown) => void;
  onCancel: () => void;
  /** The id of the text's error message beside it, while the last save was refused for the text. */
  errorId?: string;
  /** The text's error message (a FieldError), shown under the text. */
  children?: React.ReactNode;
}

/** Tiptap with exactly the nodes and marks a note may hold (the server refuses anything else anyway). */
export function NoteEditor({
  initialDoc,
  saveLabel,
  pending,
  onSave,
  onCancel,
  errorId,
  children,
}: NoteEditorProps) {
  const [linkOpen, setLinkOpen] = useState(false);
  // Tiptap's key handler is set once; it reaches the current save/cancel through this ref.
  const keys = useRef({ save: () => {}, cancel: onCancel });
  const editor = useEditor({
    immediatelyRender: false,
    // Under the CSP an injected <style> tag is refused; the same rules ship in prosemirror.css.
    injectCSS: false,
    autofocus: "end",
    extensions: [
      StarterKit.configure({
        heading: false,
        code: false,
        codeBlock: false,
        strike: false,
        underline: false,
        horizontalRule: false,
        link: {
          openOnClick: false,
          autolink: true,
          protocols: ["mailto"],
          defaultProtocol: "https",
        },
      }),
    ],
    content: initialDoc ?? "",
    editorProps: {
      attributes: {
        "aria-label": "Note text",
        role: "textbox",
        "aria-multiline": "true",
        // The save's refusal moves focus to the invalid field by this name (useSubmit).
        "data-field": "doc",
        class: "note-editor-content",
      },
      handleKeyDown: (_view, event) => {
        if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          keys.current.save();
          return true;
        }
        if (event.key === "Escape") {
          event.preventDefault();
          keys.current.cancel();
          return true;
        }
        if (event.key === "k" && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          setLinkOpen(true);
          return true;
        }
        return false;
      },
    },
  });
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) =>
      e
        ? {
            bold: e.isActive("bold"),
            italic: e.isActive("italic"),
            link: e.isActive("link"),
            bulletList: e.isActive("bulletList"),
            orderedList: e.isActive("orderedList"),
            blockquote: e.isActive("blockquote"),
          }
        : null,
  });

  function save() {
    // ProseMirror's attrs objects have a null prototype, which a server action would not serialise as data:
    // a JSON round trip makes the document plain.
    if (editor) onSave(JSON.parse(JSON.stringify(editor.getJSON())) as unknown);
  }
  keys.current = { save, cancel: onCancel };

  // ProseMirror owns the text's attributes; these two are set beside its own and left alone by it.
  useEffect(() => {
    const dom = editor?.view.dom;
    if (!dom) return;
    if (errorId) {
      dom.setAttribute("aria-invalid", "true");
      dom.setAttribute("aria-describedby", errorId);
    } else {
      dom.removeAttribute("aria-invalid");
      dom.removeAttribute("aria-describedby");
    }
  }, [editor, errorId]);

  if (!editor) return <p className="muted small">Loading the editor…</p>;
  return (
    <div className="note-editor" data-testid="note-editor">
      <EditorToolbar editor={editor} active={state} linkOpen={linkOpen} setLinkOpen={setLinkOpen} />
      <EditorContent editor={editor} />
      {children}
      <div className="ws-actions">
        <button type="button" className="primary" onClick={save} disabled={pending}>
          {saveLabel}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <span className="muted small">Ctrl+Enter saves, Esc cancels</span>
      </div>
    </div>
  );
}
