import type { ExportBundle, ExportClaim } from "@/db/queries/export";
import {
  ANNOTATION_CONTEXT,
  annotationId,
  articleUrn,
  iso,
  sourceUrn,
  type Agent,
  type AnnotationBody,
  type ArticleEntry,
  type ClaimAnnotation,
  type TextualBody,
} from "./annotation-model";

const DETECTOR: Agent = { type: "Software", name: "Tally claim detector" };

const STATUS_TEXT: Record<string, string> = {
  unchecked: "Unchecked",
  verified: "Verified",
  disputed: "Disputed",
  decided: "Decided",
};
export const VERDICT_TEXT: Record<string, string> = {
  accurate: "Accurate",
  mostly_accurate: "Mostly accurate",
  misleading: "Misleading",
  inaccurate: "Inaccurate",
  unverifiable: "Unverifiable",
};

/** One claim as a W3C Web Annotation: the target is the claim's text in its article; the bodies are its
 * status (assessing), dispute (questioning), notes (commenting), sources and links to other claims (linking). */
export function claimToAnnotation(
  claim: ExportClaim,
  bundle: ExportBundle,
  base: string,
): ClaimAnnotation {
  const article = bundle.articles.get(claim.articleId);
  const agent = (id: number | null): Agent | null => {
    const user = id === null ? undefined : bundle.users.get(id);
    return user ? { type: "Person", name: user.name, email: `mailto:${user.email}` } : null;
  };
  const withAgent = <T extends object>(body: T, id: number | null): T => {
    const creator = agent(id);
    return creator ? { ...body, creator } : body;
  };

  const body: AnnotationBody[] = [statusBody(claim, agent)];
  if (claim.status === "disputed") {
    body.push(
      withAgent<TextualBody>(
        {
          type: "TextualBody",
          purpose: "questioning",
          value: claim.statusReason?.trim() || "Disputed",
          format: "text/plain",
          ...(claim.statusAt !== null ? { created: iso(claim.statusAt) } : {}),
        },
        claim.statusBy,
      ),
    );
  }
  for (const note of bundle.notes.get(claim.id) ?? []) {
    body.push(
      withAgent<TextualBody>(
        {
          type: "TextualBody",
          purpose: "commenting",
          value: note.plainText,
          format: "text/plain",
          created: iso(note.createdAt),
          modified: iso(note.updatedAt ?? note.createdAt),
          "tally:doc": parseJson(note.docJson),
        },
        note.authorId,
      ),
    );
  }
  for (const s of bundle.sources.get(claim.id) ?? []) {
    body.push(
      withAgent(
        {
          type: "SpecificResource" as const,
          purpose: "linking" as const,
          source: s.url ?? sourceUrn(s.sourceId),
          created: iso(s.createdAt),
          "tally:source": {
            title: s.title,
            url: s.url,
            publisher: s.publisher,
            publishedOn: s.publishedOn,
            type: s.type,
          },
          "tally:stance": s.stance,
          "tally:locator": s.locator,
        },
        s.createdBy,
      ),
    );
  }
  for (const link of bundle.links.get(claim.id) ?? []) {
    body.push(
      withAgent(
        {
          type: "SpecificResource" as const,
          purpose: "linking" as const,
          source: annotationId(base, link.toClaimId),
          created: iso(link.createdAt),
          "tally:relation": link.relation,
        },
        link.createdBy,
      ),
    );
  }

  const purposes = [...new Set(body.map((b) => b.purpose))];
  return {
    "@context": ANNOTATION_CONTEXT,
    id: annotationId(base, claim.id),
    type: "Annotation",
    motivation: purposes.length === 1 ? purposes[0]! : purposes,
    creator: agent(claim.createdBy) ?? DETECTOR,
    created: iso(claim.createdAt),
    modified: iso(claim.updatedAt ?? claim.createdAt),
    body,
    target: {
      type: "SpecificResource",
      source: article?.url ?? articleUrn(claim.articleId),
      selector: [
        {
          type: "TextQuoteSelector",
          exact: claim.quote,
          prefix: claim.prefix,
          suffix: claim.suffix,
        },
        { type: "TextPositionSelector", start: claim.start, end: claim.end },
      ],
    },
    "tally:article": articleUrn(claim.articleId),
    "tally:value": claim.value,
    "tally:low": claim.low,
    "tally:high": claim.high,
    "tally:kind": claim.kind,
    "tally:unit": claim.unit,
    "tally:currency": claim.currency,
    "tally:counted": claim.counted,
    "tally:qualifier": claim.qualifier,
    "tally:change": claim.change,
    "tally:from": claim.from,
    "tally:period": claim.period,
    "tally:origin": claim.origin,
    "tally:numberStart": claim.numberStart,
    "tally:numberEnd": claim.numberEnd,
    "tally:sentenceStart": claim.sentenceStart,
    "tally:sentenceEnd": claim.sentenceEnd,
    "tally:status": claim.status,
    "tally:statusReason": claim.statusReason,
    "tally:statusBy": agent(claim.statusBy),
    "tally:statusAt": claim.statusAt === null ? null : iso(claim.statusAt),
    "tally:verdict": claim.verdict,
    "tally:decisionNote": claim.decisionNote,
    "tally:decidedBy": agent(claim.decidedBy),
    "tally:decidedAt": claim.decidedAt === null ? null : iso(claim.decidedAt),
    "tally:assignee": agent(claim.assigneeId),
    "tally:orphanedAt": claim.orphanedAt === null ? null : iso(claim.orphanedAt),
  };
}

/** "Verified", "Disputed", "Decided: Misleading. <the editor's explanation>". */
function statusBody(claim: ExportClaim, agent: (id: number | null) => Agent | null): TextualBody {
  const decided = claim.status === "decided";
  const verdict = claim.verdict ? (VERDICT_TEXT[claim.verdict] ?? claim.verdict) : null;
  const value = decided
    ? [`Decided: ${verdict ?? "no verdict"}.`, claim.decisionNote?.trim()].filter(Boolean).join(" ")
    : (STATUS_TEXT[claim.status] ?? claim.status);
  const by = agent(decided ? claim.decidedBy : claim.statusBy);
  const at = decided ? claim.decidedAt : claim.statusAt;
  return {
    type: "TextualBody",
    purpose: "assessing",
    value,
    format: "text/plain",
    ...(by ? { creator: by } : {}),
    ...(at !== null ? { created: iso(at) } : {}),
    "tally:status": claim.status,
  };
}

export function articleEntries(bundle: ExportBundle): ArticleEntry[] {
  return [...bundle.articles.values()]
    .sort((a, b) => a.id - b.id)
    .map((a) => ({
      id: articleUrn(a.id),
      "tally:title": a.title,
      "tally:outlet": a.outlet,
      "tally:url": a.url,
      "tally:publishedAt": a.publishedAt,
      "tally:body": a.body,
      created: iso(a.createdAt),
    }));
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
