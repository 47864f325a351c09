/** The shapes Tally writes as W3C Web Annotations (https://www.w3.org/TR/annotation-model/).
 * Tally's own fields live under the "tally:" prefix so an export can be imported back losslessly. */

export const TALLY_NS = "urn:tally:ns:";
export const ANNOTATION_CONTEXT = [
  "http://www.w3.org/ns/anno.jsonld",
  { tally: TALLY_NS },
] as const;

export interface Agent {
  type: "Person" | "Software";
  name: string;
  /** mailto: URI; how an import finds the same person again. */
  email?: string;
}

export interface TextualBody {
  type: "TextualBody";
  purpose: "assessing" | "questioning" | "commenting";
  value: string;
  format: "text/plain";
  creator?: Agent;
  created?: string;
  modified?: string;
  "tally:status"?: string;
  /** The note's rich text (Tiptap JSON), kept so notes keep their formatting on re-import. */
  "tally:doc"?: unknown;
}

export interface SourceBody {
  type: "SpecificResource";
  purpose: "linking";
  /** The source's URL, or urn:tally:source:<id> for a source without one. */
  source: string;
  creator?: Agent;
  created?: string;
  "tally:source": {
    title: string;
    url: string | null;
    publisher: string | null;
    publishedOn: string | null;
    type: string;
  };
  "tally:stance": string;
  "tally:locator": string | null;
}

export interface LinkBody {
  type: "SpecificResource";
  purpose: "linking";
  /** The other claim's annotation id. */
  source: string;
  creator?: Agent;
  created?: string;
  "tally:relation": string;
}

export type AnnotationBody = TextualBody | SourceBody | LinkBody;

export interface TextQuoteSelector {
  type: "TextQuoteSelector";
  exact: string;
  prefix: string;
  suffix: string;
}
export interface TextPositionSelector {
  type: "TextPositionSelector";
  start: number;
  end: number;
}

export interface ClaimAnnotation {
  "@context": typeof ANNOTATION_CONTEXT;
  id: string;
  type: "Annotation";
  motivation: string | string[];
  creator: Agent;
  created: string;
  modified: string;
  body: AnnotationBody[];
  target: {
    type: "SpecificResource";
    /** The article's URL, or urn:tally:article:<id> when it has none. */
    source: string;
    selector: [TextQuoteSelector, TextPositionSelector];
  };
  /** Which entry of the page's "tally:articles" holds the text (always a URN, unique per article). */
  "tally:article": string;
  "tally:value": number | null;
  "tally:low": number | null;
  "tally:high": number | null;
  "tally:kind": string;
  "tally:unit": string | null;
  "tally:currency": string | null;
  "tally:counted": string | null;
  "tally:qualifier": string;
  /** "up" / "down" when the sentence presents the figure as a movement; null for a level. */
  "tally:change": "up" | "down" | null;
  /** The starting level the sentence gives ("from 3.1% to 2.9%" → 3.1). */
  "tally:from": number | null;
  "tally:period": string | null;
  "tally:origin": "auto" | "manual";
  "tally:numberStart": number;
  "tally:numberEnd": number;
  "tally:sentenceStart": number;
  "tally:sentenceEnd": number;
  "tally:status": string;
  "tally:statusReason": string | null;
  "tally:statusBy": Agent | null;
  "tally:statusAt": string | null;
  "tally:verdict": string | null;
  "tally:decisionNote": string | null;
  "tally:decidedBy": Agent | null;
  "tally:decidedAt": string | null;
  "tally:assignee": Agent | null;
  "tally:orphanedAt": string | null;
}

/** The article text an annotation points into, carried beside the annotations so an import into an
 * empty database can recreate the article too. */
export interface ArticleEntry {
  id: string;
  "tally:title": string;
  "tally:outlet": string | null;
  "tally:url": string | null;
  "tally:publishedAt": string | null;
  "tally:body": string;
  created: string;
}

export interface AnnotationPage {
  "@context": typeof ANNOTATION_CONTEXT;
  id: string;
  type: "AnnotationPage";
  partOf: string;
  startIndex?: number;
  next?: string;
  items: ClaimAnnotation[];
  "tally:articles": ArticleEntry[];
}

export interface AnnotationCollection {
  "@context": typeof ANNOTATION_CONTEXT;
  id: string;
  type: "AnnotationCollection";
  label: string;
  total: number;
  generator: { id: string; type: "Software"; name: string };
  generated: string;
  first: Omit<AnnotationPage, "@context">;
}

export const articleUrn = (id: number) => `urn:tally:article:${id}`;
export const sourceUrn = (id: number) => `urn:tally:source:${id}`;
export const annotationId = (base: string, claimId: number) =>
  `${base}/api/v1/annotations/${claimId}`;
export const iso = (ms: number) => new Date(ms).toISOString();
