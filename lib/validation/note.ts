import { z } from "zod";
import {
  isSafeHref,
  NOTE_MARK_TYPES,
  NOTE_MAX_BYTES,
  NOTE_MAX_DEPTH,
  NOTE_NODE_TYPES,
  type NoteBlock,
  type NoteDoc,
  type NoteInline,
  type NoteListItem,
  type NoteMark,
} from "@/lib/notes/types";

const nodeTypes = new Set<string>(NOTE_NODE_TYPES);
const markTypes = new Set<string>(NOTE_MARK_TYPES);

/** Walks untrusted JSON first so a refusal names the offending node or mark, and so nesting depth
 * is bounded before the recursive schema runs. */
function findDisallowed(value: unknown, depth = 0): string | null {
  if (depth > NOTE_MAX_DEPTH) return "The note is nested too deeply.";
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return "The note is not a valid document.";
  const node = value as { type?: unknown; content?: unknown; marks?: unknown };
  if (typeof node.type !== "string" || !nodeTypes.has(node.type)) {
    return `Notes may not contain “${String(node.type).slice(0, 40)}” elements.`;
  }
  if (Array.isArray(node.marks)) {
    for (const mark of node.marks as { type?: unknown }[]) {
      if (typeof mark?.type !== "string" || !markTypes.has(mark.type)) {
        return `Notes may not use “${String(mark?.type).slice(0, 40)}” formatting.`;
      }
    }
  }
  if (Array.isArray(node.content)) {
    for (const child of node.content) {
      const problem = findDisallowed(child, depth + 1);
      if (problem) return problem;
    }
  }
  return null;
}

const markSchema: z.ZodType<NoteMark> = z.discriminatedUnion("type", [
  z.object({ type: z.literal("bold") }),
  z.object({ type: z.literal("italic") }),
  z.object({
    type: z.literal("link"),
    // Other Tiptap link attributes (target, rel, class) are dropped: the renderer sets its own.
    attrs: z.object({
      href: z.string().refine(isSafeHref, "Links must be http://, https:// or mailto: addresses."),
    }),
  }),
]);

const inlineSchema: z.ZodType<NoteInline> = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("text"),
    text: z.string().min(1),
    marks: z.array(markSchema).max(3).optional(),
  }),
  z.object({ type: z.literal("hardBreak") }),
]);

const listItemSchema: z.ZodType<NoteListItem> = z.object({
  type: z.literal("listItem"),
  content: z.array(z.lazy(() => blockSchema)).min(1),
});

const blockSchema: z.ZodType<NoteBlock> = z.lazy(() =>
  z.discriminatedUnion("type", [
    z.object({ type: z.literal("paragraph"), content: z.array(inlineSchema).optional() }),
    z.object({ type: z.literal("bulletList"), content: z.array(listItemSchema).min(1) }),
    z.object({
      type: z.literal("orderedList"),
      attrs: z.object({ start: z.number().int().min(0).max(1_000_000).optional() }).optional(),
      content: z.array(listItemSchema).min(1),
    }),
    z.object({ type: z.literal("blockquote"), content: z.array(blockSchema).min(1) }),
  ]),
);

const docStructureSchema: z.ZodType<NoteDoc> = z.object({
  type: z.literal("doc"),
  content: z.array(blockSchema).min(1),
});

function hasText(doc: NoteDoc): boolean {
  const visit = (
    nodes: readonly { type: string; text?: string; content?: readonly unknown[] }[] | undefined,
  ): boolean =>
    (nodes ?? []).some(
      (n) => (n.type === "text" && (n.text ?? "").trim() !== "") || visit(n.content as never),
    );
  return visit(doc.content);
}

/** A note body as the editor sends it: size-capped, only allowed nodes and marks, safe links, not empty. */
export const noteDocSchema = z
  .unknown()
  .superRefine((value, ctx) => {
    let bytes: number;
    try {
      bytes = new TextEncoder().encode(JSON.stringify(value) ?? "").length;
    } catch {
      ctx.addIssue({ code: "custom", message: "The note is not a valid document." });
      return z.NEVER;
    }
    if (bytes > NOTE_MAX_BYTES) {
      ctx.addIssue({
        code: "custom",
        message: `The note is too long (${Math.ceil(bytes / 1024)} KB); notes are limited to 100 KB.`,
      });
      return z.NEVER;
    }
    const problem = findDisallowed(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  })
  .pipe(docStructureSchema)
  .refine(hasText, "The note is empty.");

export const addNoteSchema = z.object({ claimId: z.number().int().positive(), doc: noteDocSchema });
export type AddNoteInput = z.infer<typeof addNoteSchema>;

export const editNoteSchema = z.object({
  noteId: z.number().int().positive(),
  version: z.number().int().positive(),
  doc: noteDocSchema,
});
export type EditNoteInput = z.infer<typeof editNoteSchema>;

export const deleteNoteSchema = editNoteSchema.pick({ noteId: true, version: true });
export type DeleteNoteInput = z.infer<typeof deleteNoteSchema>;
