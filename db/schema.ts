import { sql, type InferSelectModel, type InferInsertModel } from "drizzle-orm";
import {
  ALERT_STATUSES,
  API_KEY_SCOPES,
  AUDIT_ENTITIES,
  CLAIM_ORIGINS,
  CLAIM_STATUSES,
  FLAG_KINDS,
  LINK_RELATIONS,
  ROLES,
  SOURCE_TYPES,
  STANCES,
  SUGGESTION_STATES,
  VERDICTS,
  WATCH_CHOICES,
  type AuditAction,
} from "../lib/domain";
import { sqliteTable, integer, text, real, index, uniqueIndex } from "drizzle-orm/sqlite-core";
import { CHANGES } from "../lib/claims/types";

// Timestamps are unix milliseconds: sortable, compact, and unambiguous across time zones.
const createdAt = () =>
  integer("created_at", { mode: "number" })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

// The vocabulary lives in lib/domain.ts (pure, importable by client components); re-exported for the schema's readers.
export {
  ROLES,
  CLAIM_STATUSES,
  VERDICTS,
  SOURCE_TYPES,
  STANCES,
  LINK_RELATIONS,
  API_KEY_SCOPES,
  type ApiKeyScope,
  type Role,
  type ClaimStatus,
  type Verdict,
} from "../lib/domain";

export const users = sqliteTable(
  "users",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    email: text("email").notNull(),
    name: text("name").notNull(),
    role: text("role", { enum: ROLES }).notNull(),
    passwordHash: text("password_hash").notNull(),
    disabledAt: integer("disabled_at"),
    version: integer("version").notNull().default(1),
    /** Carried in the session token; bumped on a password change, reset, role change or disable, so
     * every token issued before it is refused on its next request. */
    sessionVersion: integer("session_version").notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("users_email_unique").on(t.email)],
);

/** Failed sign-ins, for throttling by account and by address. Old rows are pruned on write. */
export const loginFailures = sqliteTable(
  "login_failures",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    key: text("key").notNull(),
    at: integer("at").notNull(),
  },
  (t) => [index("login_failures_key_at").on(t.key, t.at)],
);

export const articles = sqliteTable(
  "articles",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    title: text("title").notNull(),
    outlet: text("outlet"),
    url: text("url"),
    /** The URL was read from the article's own text (a header link line, a page's canonical link)
     * rather than given in the import's URL field: such a URL is only the text's word, so no later
     * import is matched to this article by it (issue #14: one article must not replace another). */
    urlFromText: integer("url_from_text", { mode: "boolean" }).notNull().default(false),
    /** ISO date (YYYY-MM-DD) or full ISO timestamp when the source gives a time. */
    publishedAt: text("published_at"),
    body: text("body").notNull(),
    /** sha256 of the whitespace- and case-normalised body: the duplicate check. */
    bodyHash: text("body_hash").notNull(),
    /** JSON array of {start, text, rule} pieces the cleaner removed, shown to the admin. */
    removedJson: text("removed_json").notNull().default("[]"),
    importedBy: integer("imported_by").references(() => users.id),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: integer("updated_at"),
  },
  (t) => [
    uniqueIndex("articles_body_hash_unique").on(t.bodyHash),
    index("articles_url").on(t.url),
    index("articles_published_at").on(t.publishedAt),
    // The API and the review queue filter by outlet.
    index("articles_outlet").on(t.outlet),
    // The article list pages newest first by keyset on (published, id), undated last; with an outlet
    // filter, within that outlet (db/queries/article-list.ts).
    index("articles_published_key").on(sql`coalesce("published_at", '')`, t.id),
    index("articles_outlet_published_key").on(t.outlet, sql`coalesce("published_at", '')`, t.id),
  ],
);

/** The figures the desk watches (see isWatched in lib/domain.ts), as SQL: the partial index's WHERE and
 * the alert check's filter must be this same text. */
export const WATCHED_CLAIM_SQL =
  "deleted_at is null and (watch = 'watch' or (watch is null and status in ('verified', 'decided')))";

export const claims = sqliteTable(
  "claims",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    start: integer("start").notNull(),
    end: integer("end").notNull(),
    numberStart: integer("number_start").notNull(),
    numberEnd: integer("number_end").notNull(),
    sentenceStart: integer("sentence_start").notNull(),
    sentenceEnd: integer("sentence_end").notNull(),
    /** The quoted text plus a little context either side, so the claim can be re-found if the body changes. */
    quote: text("quote").notNull(),
    prefix: text("prefix").notNull().default(""),
    suffix: text("suffix").notNull().default(""),
    value: real("value"),
    low: real("low"),
    high: real("high"),
    kind: text("kind").notNull().default("count"),
    unit: text("unit"),
    currency: text("currency"),
    counted: text("counted"),
    /** What the figure counts by meaning ("death" for deaths / people killed / the toll) and which people
     * ("children"), read from its sentence by lib/suggest/quantity.ts when suggestions are computed. */
    quantity: text("quantity"),
    quantityWho: text("quantity_who"),
    /** Who gives the figure, read from its sentence (lib/suggest/said-by.ts); null when no one is named. */
    saidBy: text("said_by"),
    /** What stretch the figure covers ("cumulative", "window:2", "event:1"; "" for unsaid), read from its
     * sentence and its restatements in the article (lib/suggest/scope.ts, restated.ts). */
    scope: text("scope"),
    /** The claim's whole reading as the suggestion scorer compares it (lib/suggest/reading.ts, JSON),
     * stored when its article is written so candidates are compared without reading their text again. */
    reading: text("reading"),
    qualifier: text("qualifier").notNull().default("exact"),
    /** Which way the sentence says the figure moved ("rose 4%": up); null for a level. */
    change: text("change", { enum: CHANGES }),
    /** The starting level the sentence gives ("from 3.1% to 2.9%": 3.1). */
    from: real("change_from"),
    period: text("period"),
    origin: text("origin", { enum: CLAIM_ORIGINS }).notNull().default("auto"),
    status: text("status", { enum: CLAIM_STATUSES }).notNull().default("unchecked"),
    statusReason: text("status_reason"),
    statusBy: integer("status_by").references(() => users.id),
    statusAt: integer("status_at"),
    verdict: text("verdict", { enum: VERDICTS }),
    decisionNote: text("decision_note"),
    decidedBy: integer("decided_by").references(() => users.id),
    decidedAt: integer("decided_at"),
    assigneeId: integer("assignee_id").references(() => users.id),
    /** A checker's explicit watch or unwatch; null: watched once verified or decided (lib/domain.ts isWatched). */
    watch: text("watch", { enum: WATCH_CHOICES }),
    /** The detector no longer finds it (re-detection) or its quote is gone (re-import). Never deleted. */
    orphanedAt: integer("orphaned_at"),
    deletedAt: integer("deleted_at"),
    deletedBy: integer("deleted_by").references(() => users.id),
    version: integer("version").notNull().default(1),
    createdBy: integer("created_by").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: integer("updated_at"),
  },
  (t) => [
    index("claims_article_start").on(t.articleId, t.start),
    // The article list: an article's live claims per status (its counts, its "needs work" filter).
    index("claims_article_status").on(t.articleId, t.status, t.deletedAt),
    // The editors' queue: disputed claims by dispute time, keyset-paginated on (status_at, id).
    index("claims_status_at").on(t.status, t.statusAt, t.id),
    // Live claims per status (the review queue's bar chart) as an index-only count, without reading rows.
    index("claims_status_deleted").on(t.status, t.deletedAt),
    index("claims_assignee_status").on(t.assigneeId, t.status),
    // Link suggestions look up candidates of the same kind and unit by value.
    index("claims_kind_unit_value").on(t.kind, t.unit, t.value),
    // Search by a value range whatever the kind.
    index("claims_value").on(t.value),
    index("claims_kind_unit_counted_value").on(t.kind, t.unit, sql`lower("counted")`, t.value),
    // ...and, narrower, of the same quantity by meaning, so retrieval stays an index range at scale;
    // covering (article and deletion too), so the nearest candidates are read without the table.
    index("claims_kind_unit_quantity_value").on(
      t.kind,
      t.unit,
      t.quantity,
      t.value,
      t.articleId,
      t.deletedAt,
    ),
    // The alert check looks up watched figures of one quantity; only the few watched rows are indexed.
    // The WHERE is WATCHED_CLAIM (db/queries/alerts.ts) word for word, or SQLite will not use the index.
    index("claims_watched_quantity_value")
      .on(t.kind, t.unit, t.quantity, t.value)
      .where(sql.raw(WATCHED_CLAIM_SQL)),
  ],
);

export const notes = sqliteTable(
  "notes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    claimId: integer("claim_id")
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    authorId: integer("author_id")
      .notNull()
      .references(() => users.id),
    /** Tiptap JSON, validated against the allowed nodes and marks before it is stored. */
    docJson: text("doc_json").notNull(),
    /** Plain text of the note, for search. */
    plainText: text("plain_text").notNull(),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: integer("updated_at"),
    deletedAt: integer("deleted_at"),
  },
  (t) => [index("notes_claim").on(t.claimId, t.createdAt)],
);

export const sources = sqliteTable(
  "sources",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    title: text("title").notNull(),
    url: text("url"),
    /** Lower-cased host, no fragment, no tracking parameters, no trailing slash: the dedupe key. */
    normalizedUrl: text("normalized_url"),
    publisher: text("publisher"),
    publishedOn: text("published_on"),
    type: text("type", { enum: SOURCE_TYPES }).notNull().default("other"),
    createdBy: integer("created_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("sources_normalized_url_unique").on(t.normalizedUrl),
    index("sources_title").on(t.title),
  ],
);

export const claimSources = sqliteTable(
  "claim_sources",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    claimId: integer("claim_id")
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    sourceId: integer("source_id")
      .notNull()
      .references(() => sources.id),
    stance: text("stance", { enum: STANCES }).notNull(),
    locator: text("locator"),
    createdBy: integer("created_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("claim_sources_claim_source_unique").on(t.claimId, t.sourceId),
    index("claim_sources_source").on(t.sourceId),
  ],
);

/** A directed link; it shows on both claims. */
export const claimLinks = sqliteTable(
  "claim_links",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    fromClaimId: integer("from_claim_id")
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    toClaimId: integer("to_claim_id")
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    relation: text("relation", { enum: LINK_RELATIONS }).notNull(),
    createdBy: integer("created_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("claim_links_pair_unique").on(t.fromClaimId, t.toClaimId),
    index("claim_links_to").on(t.toClaimId),
  ],
);

/** Machine-proposed links, computed on import and on claim changes; a dismissal is remembered. */
/** Part-of suggestions, as SQL: the partial index's WHERE and listPartClaimIds' filter must be this text. */
export const PART_OF_SQL = "relation = 'part_of'";

export const linkSuggestions = sqliteTable(
  "link_suggestions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    claimId: integer("claim_id")
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    candidateId: integer("candidate_id")
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    relation: text("relation", { enum: LINK_RELATIONS }).notNull(),
    score: real("score").notNull(),
    reason: text("reason").notNull(),
    state: text("state", { enum: SUGGESTION_STATES }).notNull().default("open"),
    decidedBy: integer("decided_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("link_suggestions_pair_unique").on(t.claimId, t.candidateId),
    index("link_suggestions_claim_state").on(t.claimId, t.state, t.score),
    // Replacing an article's open suggestions deletes both directions: without this, the mirror side
    // (candidate_id in the article's claims) scanned the whole table on every recompute.
    index("link_suggestions_candidate_state").on(t.candidateId, t.state),
    // Whether a candidate is a part of a total in its own article is asked of every candidate of every
    // suggestion job; a figure many articles report has hundreds of suggestions, few of them part_of.
    // The WHERE is PART_OF_SQL (db/queries/suggestions.ts) word for word, or SQLite will not use it.
    index("link_suggestions_part_of").on(t.claimId).where(sql.raw(PART_OF_SQL)),
  ],
);

/** Problems Tally finds by itself: internal inconsistencies and arithmetic mismatches. */
export const claimFlags = sqliteTable(
  "claim_flags",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: FLAG_KINDS }).notNull(),
    /** JSON array of the claim ids involved. */
    claimIdsJson: text("claim_ids_json").notNull(),
    message: text("message").notNull(),
    resolvedAt: integer("resolved_at"),
    resolvedBy: integer("resolved_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index("claim_flags_article").on(t.articleId),
    index("claim_flags_open").on(t.resolvedAt, t.createdAt),
  ],
);

/** Append-only: triggers in the migrations refuse UPDATE and DELETE. */
export const auditEvents = sqliteTable(
  "audit_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: integer("at").notNull(),
    actorId: integer("actor_id").references(() => users.id),
    entity: text("entity", { enum: AUDIT_ENTITIES }).notNull(),
    entityId: integer("entity_id").notNull(),
    /** Set whenever the event concerns a claim, so a claim's history is one indexed read. */
    claimId: integer("claim_id"),
    action: text("action").$type<AuditAction>().notNull(),
    beforeJson: text("before_json"),
    afterJson: text("after_json"),
  },
  (t) => [
    index("audit_events_claim").on(t.claimId, t.at),
    index("audit_events_entity").on(t.entity, t.entityId),
  ],
);

export const apiKeys = sqliteTable(
  "api_keys",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    name: text("name").notNull(),
    /** First characters of the key, shown in lists so admins can tell keys apart. */
    prefix: text("prefix").notNull(),
    /** sha256 of the whole key; the key itself is shown once and never stored. */
    keyHash: text("key_hash").notNull(),
    /** The key acts as this user, with this user's role. */
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    createdBy: integer("created_by").references(() => users.id),
    createdAt: createdAt(),
    revokedAt: integer("revoked_at"),
    lastUsedAt: integer("last_used_at"),
    /** "read" keys may only GET; "write" keys may also change what their owner's role allows. */
    scope: text("scope", { enum: API_KEY_SCOPES }).notNull().default("read"),
    /** Epoch ms after which the key is refused; keys made before expiry existed have none. */
    expiresAt: integer("expires_at"),
  },
  (t) => [uniqueIndex("api_keys_hash_unique").on(t.keyHash)],
);

/** Pages fetched by URL or from a feed, kept as fetched so the text can be extracted again
 * without the network. `articleId` is set once the page has been imported. */
export const fetchedPages = sqliteTable(
  "fetched_pages",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    requestedUrl: text("requested_url").notNull(),
    /** Where the redirects led. */
    finalUrl: text("final_url").notNull(),
    /** The page's own canonical address: the key that deduplicates one article reached by two URLs. */
    canonicalUrl: text("canonical_url"),
    contentType: text("content_type").notNull().default(""),
    html: text("html").notNull(),
    bytes: integer("bytes").notNull(),
    fetchedBy: integer("fetched_by").references(() => users.id),
    feedId: integer("feed_id").references(() => feeds.id, { onDelete: "set null" }),
    articleId: integer("article_id").references(() => articles.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("fetched_pages_article").on(t.articleId),
    index("fetched_pages_canonical").on(t.canonicalUrl),
  ],
);

/** RSS and Atom feeds read in the background. */
export const feeds = sqliteTable(
  "feeds",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    url: text("url").notNull(),
    /** The feed's own title, once read. */
    title: text("title"),
    intervalMinutes: integer("interval_minutes").notNull().default(60),
    paused: integer("paused", { mode: "boolean" }).notNull().default(false),
    /** Unix ms; null means read at the next tick. */
    nextReadAt: integer("next_read_at"),
    lastReadAt: integer("last_read_at"),
    /** The last read's error in words; null after a good read. */
    lastError: text("last_error"),
    itemsImported: integer("items_imported").notNull().default(0),
    createdBy: integer("created_by").references(() => users.id),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("feeds_url_unique").on(t.url), index("feeds_next_read").on(t.nextReadAt)],
);

/** Each feed item seen once, so a feed read again never imports an item twice. */
export const feedItems = sqliteTable(
  "feed_items",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    feedId: integer("feed_id")
      .notNull()
      .references(() => feeds.id, { onDelete: "cascade" }),
    /** The item's guid or id, else its link. */
    key: text("key").notNull(),
    url: text("url"),
    articleId: integer("article_id").references(() => articles.id, { onDelete: "set null" }),
    /** Why the item was not imported, in words (a dead link, a timeout). */
    error: text("error"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("feed_items_feed_key").on(t.feedId, t.key)],
);

/** A new figure that measures the same quantity as a watched one with a value outside its range. One per
 * pair; a resolved or dismissed alert is kept, so the check never raises the same pair again. */
export const alerts = sqliteTable(
  "alerts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** The new figure and its article (the banner on that article reads by article). */
    claimId: integer("claim_id")
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    watchedClaimId: integer("watched_claim_id")
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    /** The link the matcher proposes (updates, contradicts), made when an editor links the pair. */
    relation: text("relation", { enum: LINK_RELATIONS }).notNull(),
    score: real("score").notNull(),
    reason: text("reason").notNull(),
    status: text("status", { enum: ALERT_STATUSES }).notNull().default("open"),
    linkId: integer("link_id").references(() => claimLinks.id, { onDelete: "set null" }),
    closedBy: integer("closed_by").references(() => users.id),
    closedAt: integer("closed_at"),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("alerts_pair_unique").on(t.claimId, t.watchedClaimId),
    // The desk (open alerts, newest first, keyset on (created_at, id)) and the top bar's count.
    index("alerts_status_created").on(t.status, t.createdAt, t.id),
    // The article's banner.
    index("alerts_article_status").on(t.articleId, t.status),
    index("alerts_watched_claim").on(t.watchedClaimId),
  ],
);

export const settings = sqliteTable("settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});

export const JOB_STATUSES = ["pending", "running", "done", "failed"] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** Durable background work (suggestions, flags) queued in the writer's transaction and run by the
 * worker. At most one pending job per key, so a burst of changes to one article is computed once. */
export const jobs = sqliteTable(
  "jobs",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    kind: text("kind").notNull(),
    key: text("key").notNull(),
    payloadJson: text("payload_json").notNull().default("{}"),
    status: text("status", { enum: JOB_STATUSES }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    /** Unix ms before which the job is not picked (backoff after a failure). */
    runAfter: integer("run_after").notNull(),
    /** While running: the lease. A worker killed mid-job leaves it to expire, and another picks it up. */
    lockedUntil: integer("locked_until"),
    lastError: text("last_error"),
    createdAt: createdAt(),
    finishedAt: integer("finished_at"),
  },
  (t) => [
    uniqueIndex("jobs_pending_key_unique")
      .on(t.key)
      .where(sql`status = 'pending'`),
    index("jobs_status_run_after").on(t.status, t.runAfter, t.id),
    index("jobs_key_status").on(t.key, t.status),
  ],
);

export type User = InferSelectModel<typeof users>;
export type Article = InferSelectModel<typeof articles>;
export type NewArticle = InferInsertModel<typeof articles>;
export type Claim = InferSelectModel<typeof claims>;
export type NewClaim = InferInsertModel<typeof claims>;
export type Note = InferSelectModel<typeof notes>;
export type Source = InferSelectModel<typeof sources>;
export type ClaimSource = InferSelectModel<typeof claimSources>;
export type ClaimLink = InferSelectModel<typeof claimLinks>;
export type LinkSuggestion = InferSelectModel<typeof linkSuggestions>;
export type ClaimFlag = InferSelectModel<typeof claimFlags>;
export type AuditEvent = InferSelectModel<typeof auditEvents>;
export type ApiKey = InferSelectModel<typeof apiKeys>;
export type Job = InferSelectModel<typeof jobs>;
export type Alert = InferSelectModel<typeof alerts>;
export type FetchedPage = InferSelectModel<typeof fetchedPages>;
export type Feed = InferSelectModel<typeof feeds>;
export type FeedItem = InferSelectModel<typeof feedItems>;
