"use client";

import dynamic from "next/dynamic";

/** Tiptap is loaded only when a note is being written, keeping it out of the article page's first bundle. */
export const LazyNoteEditor = dynamic(() => import("./note-editor").then((m) => m.NoteEditor), {
  ssr: false,
  loading: () => <p className="muted small">Loading the editor…</p>,
});
