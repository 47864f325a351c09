import { z } from "zod";
import { cursorIdParam, listTextParam, oneOfParam } from "./list-params";

/** "needs-work": some claim is still unchecked or disputed; "disputed": some claim awaits an editor. */
export const ARTICLE_STATES = ["needs-work", "disputed"] as const;
export type ArticleState = (typeof ARTICLE_STATES)[number];

export const PAGE_SIZES = ["25", "50", "100"] as const;
export const DEFAULT_PAGE_SIZE = 50;

/** What the article list reads from its address: a search, two filters and a keyset cursor either way. */
export const articleListQuerySchema = z
  .object({
    q: listTextParam("The search", 200),
    outlet: listTextParam("The outlet", 200),
    state: oneOfParam(ARTICLE_STATES, "The filter"),
    after: cursorIdParam(),
    before: cursorIdParam(),
    size: oneOfParam(PAGE_SIZES, "The page size").transform((v) =>
      v === undefined ? undefined : Number(v),
    ),
  })
  .refine((v) => v.after === undefined || v.before === undefined, {
    message: "This page address is not valid: start again from the first page.",
    path: ["after"],
  });
export type ArticleListQuery = z.infer<typeof articleListQuerySchema>;
