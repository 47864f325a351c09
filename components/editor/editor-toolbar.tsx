"use client";

import type { Editor } from "@tiptap/react";
import { useState } from "react";

type Active = Record<
  "bold" | "italic" | "link" | "bulletList" | "orderedList" | "blockquote",
  boolean
> | null;

/** Formatting buttons (each a toggle with aria-pressed) and the inline link form. */
export function EditorToolbar({
  editor,
  active,
  linkOpen,
  setLinkOpen,
}: {
  editor: Editor;
  active: Active;
  linkOpen: boolean;
  setLinkOpen: (open: boolean) => void;
}) {
  const [href, setHref] = useState("");
  const [linkError, setLinkError] = useState<string | null>(null);
  const chain = () => editor.chain().focus();
  const buttons = [
    { key: "bold", label: "Bold", text: "B", run: () => chain().toggleBold().run() },
    { key: "italic", label: "Italic", text: "I", run: () => chain().toggleItalic().run() },
    {
      key: "bulletList",
      label: "Bullet list",
      text: "• List",
      run: () => chain().toggleBulletList().run(),
    },
    {
      key: "orderedList",
      label: "Numbered list",
      text: "1. List",
      run: () => chain().toggleOrderedList().run(),
    },
    {
      key: "blockquote",
      label: "Quote",
      text: "❝ Quote",
      run: () => chain().toggleBlockquote().run(),
    },
  ] as const;

  function applyLink(event?: React.FormEvent) {
    event?.preventDefault();
    const value = href.trim();
    if (value === "") {
      chain().extendMarkRange("link").unsetLink().run();
      setLinkOpen(false);
      return;
    }
    let ok = false;
    try {
      ok = ["http:", "https:", "mailto:"].includes(new URL(value).protocol);
    } catch {
      ok = false;
    }
    if (!ok) {
      setLinkError("Links must start with http://, https:// or mailto:.");
      return;
    }
    setLinkError(null);
    if (editor.state.selection.empty && !editor.isActive("link")) {
      editor
        .chain()
        .insertContent({
          type: "text",
          text: value,
          marks: [{ type: "link", attrs: { href: value } }],
        })
        .run();
    } else {
      editor.chain().extendMarkRange("link").setLink({ href: value }).run();
    }
    // Continue after the link with nothing selected (Tiptap restores focus a frame later; a key typed then must
    // not replace the linked words).
    editor.commands.focus(editor.state.selection.to);
    setHref("");
    setLinkOpen(false);
  }

  return (
    <div className="editor-toolbar" role="toolbar" aria-label="Formatting">
      {buttons.map((b) => (
        <button
          key={b.key}
          type="button"
          aria-label={b.label}
          title={b.label}
          aria-pressed={active?.[b.key] ?? false}
          onClick={b.run}
        >
          {b.text}
        </button>
      ))}
      <button
        type="button"
        aria-label="Link"
        title="Link (Ctrl+K)"
        aria-pressed={active?.link ?? false}
        onClick={() => {
          setHref((editor.getAttributes("link").href as string | undefined) ?? "");
          setLinkOpen(!linkOpen);
        }}
      >
        {/* An SVG, not the emoji: without an emoji font the emoji drew an empty box. */}
        <svg
          aria-hidden="true"
          width="14"
          height="14"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="2.2"
          strokeLinecap="round"
          strokeLinejoin="round"
          data-testid="link-icon"
        >
          <path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1" />
          <path d="M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1" />
        </svg>{" "}
        Link
      </button>
      {linkOpen && (
        <div className="editor-link-form" role="group" aria-label="Add a link">
          <label htmlFor="note-link-href" className="visually-hidden">
            Link address
          </label>
          <input
            id="note-link-href"
            autoFocus
            value={href}
            placeholder="https://…"
            onChange={(e) => setHref(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") applyLink(e);
              if (e.key === "Escape") {
                e.preventDefault();
                e.stopPropagation();
                setLinkOpen(false);
                editor.commands.focus();
              }
            }}
          />
          <button type="button" onClick={() => applyLink()}>
            Apply link
          </button>
          {linkError && (
            <p className="form-error" role="alert">
              {linkError}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
