import type { PageMetadata } from "./page-metadata";

/** What an admin sees after Tally read a page by URL, before anything is imported. */
export interface UrlPreview {
  pageId: number;
  requestedUrl: string;
  finalUrl: string;
  metadata: PageMetadata;
  /** The address the article will be stored under: the page's canonical URL, else where it was found. */
  url: string;
  paragraphs: number;
  words: number;
  excerpt: string;
}
