import { sql } from "drizzle-orm";
import {
  pgTable,
  integer,
  bigint,
  boolean,
  doublePrecision,
  text,
  index,
  uniqueIndex,
} from "drizzle-orm/pg-core";
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
} from "../../lib/domain";
import { CHANGES } from "../../lib/claims/types";
import { JOB_STATUSES, PART_OF_SQL, WATCHED_CLAIM_SQL } from "../schema";

/*
 * The PostgreSQL form of db/schema.ts, table for table, column for column, index for index
 * (db/pg/schema-lockstep.test.ts fails on any difference). Types, mapped once here:
 * - ids: integer identity "by default", so db:copy can insert the SQLite ids as they are (then
 *   resets the sequences);
 * - unix-millisecond timestamps: bigint in number mode (they pass 2^31; they stay below 2^53);
 * - SQLite REAL: double precision (PostgreSQL's `real` is 4 bytes and would round the figures);
 * - SQLite's 0/1 booleans: boolean;
 * - JSON stays text: it is written and read whole, as on SQLite, and compared byte for byte by db:copy.
 * What SQLite does with triggers and virtual tables (the append-only audit log, full-text search)
 * is in the custom migrations of db/pg/migrations.
 */

const id = () => integer("id").primaryKey().generatedByDefaultAsIdentity();
/** Unix milliseconds, as on SQLite. */
const ms = (name: string) => bigint(name, { mode: "number" });
const createdAt = () =>
  ms("created_at")
    .notNull()
    .default(sql`(extract(epoch from clock_timestamp()) * 1000)::bigint`);

export const users = pgTable(
  "users",
  {
    id: id(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    role: text("role", { enum: ROLES }).notNull(),
    passwordHash: text("password_hash").notNull(),
    disabledAt: ms("disabled_at"),
    version: integer("version").notNull().default(1),
    sessionVersion: integer("session_version").notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("users_email_unique").on(t.email)],
);

export const loginFailures = pgTable(
  "login_failures",
  {
    id: id(),
    key: text("key").notNull(),
    at: ms("at").notNull(),
  },
  (t) => [index("login_failures_key_at").on(t.key, t.at)],
);

export const articles = pgTable(
  "articles",
  {
    id: id(),
    title: text("title").notNull(),
    outlet: text("outlet"),
    url: text("url"),
    urlFromText: boolean("url_from_text").notNull().default(false),
    publishedAt: text("published_at"),
    body: text("body").notNull(),
    bodyHash: text("body_hash").notNull(),
    removedJson: text("removed_json").notNull().default("[]"),
    importedBy: integer("imported_by").references(() => users.id),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: ms("updated_at"),
  },
  (t) => [
    uniqueIndex("articles_body_hash_unique").on(t.bodyHash),
    index("articles_url").on(t.url),
    index("articles_published_at").on(t.publishedAt),
    index("articles_outlet").on(t.outlet),
    index("articles_published_key").on(sql`coalesce("published_at", '')`, t.id),
    index("articles_outlet_published_key").on(t.outlet, sql`coalesce("published_at", '')`, t.id),
  ],
);

export const claims = pgTable(
  "claims",
  {
    id: id(),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    start: integer("start").notNull(),
    end: integer("end").notNull(),
    numberStart: integer("number_start").notNull(),
    numberEnd: integer("number_end").notNull(),
    sentenceStart: integer("sentence_start").notNull(),
    sentenceEnd: integer("sentence_end").notNull(),
    quote: text("quote").notNull(),
    prefix: text("prefix").notNull().default(""),
    suffix: text("suffix").notNull().default(""),
    value: doublePrecision("value"),
    low: doublePrecision("low"),
    high: doublePrecision("high"),
    kind: text("kind").notNull().default("count"),
    unit: text("unit"),
    currency: text("currency"),
    counted: text("counted"),
    quantity: text("quantity"),
    quantityWho: text("quantity_who"),
    saidBy: text("said_by"),
    scope: text("scope"),
    reading: text("reading"),
    qualifier: text("qualifier").notNull().default("exact"),
    change: text("change", { enum: CHANGES }),
    from: doublePrecision("change_from"),
    period: text("period"),
    origin: text("origin", { enum: CLAIM_ORIGINS }).notNull().default("auto"),
    status: text("status", { enum: CLAIM_STATUSES }).notNull().default("unchecked"),
    statusReason: text("status_reason"),
    statusBy: integer("status_by").references(() => users.id),
    statusAt: ms("status_at"),
    verdict: text("verdict", { enum: VERDICTS }),
    decisionNote: text("decision_note"),
    decidedBy: integer("decided_by").references(() => users.id),
    decidedAt: ms("decided_at"),
    assigneeId: integer("assignee_id").references(() => users.id),
    watch: text("watch", { enum: WATCH_CHOICES }),
    orphanedAt: ms("orphaned_at"),
    deletedAt: ms("deleted_at"),
    deletedBy: integer("deleted_by").references(() => users.id),
    version: integer("version").notNull().default(1),
    createdBy: integer("created_by").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: ms("updated_at"),
  },
  (t) => [
    index("claims_article_start").on(t.articleId, t.start),
    index("claims_article_status").on(t.articleId, t.status, t.deletedAt),
    index("claims_status_at").on(t.status, t.statusAt, t.id),
    index("claims_status_deleted").on(t.status, t.deletedAt),
    index("claims_assignee_status").on(t.assigneeId, t.status),
    index("claims_kind_unit_value").on(t.kind, t.unit, t.value),
    index("claims_value").on(t.value),
    index("claims_kind_unit_counted_value").on(t.kind, t.unit, sql`lower("counted")`, t.value),
    index("claims_kind_unit_quantity_value").on(
      t.kind,
      t.unit,
      t.quantity,
      t.value,
      t.articleId,
      t.deletedAt,
    ),
    index("claims_watched_quantity_value")
      .on(t.kind, t.unit, t.quantity, t.value)
      .where(sql.raw(WATCHED_CLAIM_SQL)),
  ],
);

export const notes = pgTable(
  "notes",
  {
    id: id(),
    claimId: integer("claim_id")
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    authorId: integer("author_id")
      .notNull()
      .references(() => users.id),
    docJson: text("doc_json").notNull(),
    plainText: text("plain_text").notNull(),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: ms("updated_at"),
    deletedAt: ms("deleted_at"),
  },
  (t) => [index("notes_claim").on(t.claimId, t.createdAt)],
);

export const sources = pgTable(
  "sources",
  {
    id: id(),
    title: text("title").notNull(),
    url: text("url"),
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

export const claimSources = pgTable(
  "claim_sources",
  {
    id: id(),
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

export const claimLinks = pgTable(
  "claim_links",
  {
    id: id(),
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

export const linkSuggestions = pgTable(
  "link_suggestions",
  {
    id: id(),
    claimId: integer("claim_id")
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    candidateId: integer("candidate_id")
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    relation: text("relation", { enum: LINK_RELATIONS }).notNull(),
    score: doublePrecision("score").notNull(),
    reason: text("reason").notNull(),
    state: text("state", { enum: SUGGESTION_STATES }).notNull().default("open"),
    decidedBy: integer("decided_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("link_suggestions_pair_unique").on(t.claimId, t.candidateId),
    index("link_suggestions_claim_state").on(t.claimId, t.state, t.score),
    index("link_suggestions_candidate_state").on(t.candidateId, t.state),
    index("link_suggestions_part_of").on(t.claimId).where(sql.raw(PART_OF_SQL)),
  ],
);

export const claimFlags = pgTable(
  "claim_flags",
  {
    id: id(),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: FLAG_KINDS }).notNull(),
    claimIdsJson: text("claim_ids_json").notNull(),
    message: text("message").notNull(),
    resolvedAt: ms("resolved_at"),
    resolvedBy: integer("resolved_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index("claim_flags_article").on(t.articleId),
    index("claim_flags_open").on(t.resolvedAt, t.createdAt),
  ],
);

/** Append-only: a trigger in the custom migration refuses UPDATE, DELETE and TRUNCATE. */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: id(),
    at: ms("at").notNull(),
    actorId: integer("actor_id").references(() => users.id),
    entity: text("entity", { enum: AUDIT_ENTITIES }).notNull(),
    entityId: integer("entity_id").notNull(),
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

export const apiKeys = pgTable(
  "api_keys",
  {
    id: id(),
    name: text("name").notNull(),
    prefix: text("prefix").notNull(),
    keyHash: text("key_hash").notNull(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    createdBy: integer("created_by").references(() => users.id),
    createdAt: createdAt(),
    revokedAt: ms("revoked_at"),
    lastUsedAt: ms("last_used_at"),
    scope: text("scope", { enum: API_KEY_SCOPES }).notNull().default("read"),
    expiresAt: ms("expires_at"),
  },
  (t) => [uniqueIndex("api_keys_hash_unique").on(t.keyHash)],
);

export const fetchedPages = pgTable(
  "fetched_pages",
  {
    id: id(),
    requestedUrl: text("requested_url").notNull(),
    finalUrl: text("final_url").notNull(),
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

export const feeds = pgTable(
  "feeds",
  {
    id: id(),
    url: text("url").notNull(),
    title: text("title"),
    intervalMinutes: integer("interval_minutes").notNull().default(60),
    paused: boolean("paused").notNull().default(false),
    nextReadAt: ms("next_read_at"),
    lastReadAt: ms("last_read_at"),
    lastError: text("last_error"),
    itemsImported: integer("items_imported").notNull().default(0),
    createdBy: integer("created_by").references(() => users.id),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("feeds_url_unique").on(t.url), index("feeds_next_read").on(t.nextReadAt)],
);

export const feedItems = pgTable(
  "feed_items",
  {
    id: id(),
    feedId: integer("feed_id")
      .notNull()
      .references(() => feeds.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    url: text("url"),
    articleId: integer("article_id").references(() => articles.id, { onDelete: "set null" }),
    error: text("error"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("feed_items_feed_key").on(t.feedId, t.key)],
);

export const alerts = pgTable(
  "alerts",
  {
    id: id(),
    claimId: integer("claim_id")
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    watchedClaimId: integer("watched_claim_id")
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    relation: text("relation", { enum: LINK_RELATIONS }).notNull(),
    score: doublePrecision("score").notNull(),
    reason: text("reason").notNull(),
    status: text("status", { enum: ALERT_STATUSES }).notNull().default("open"),
    linkId: integer("link_id").references(() => claimLinks.id, { onDelete: "set null" }),
    closedBy: integer("closed_by").references(() => users.id),
    closedAt: ms("closed_at"),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("alerts_pair_unique").on(t.claimId, t.watchedClaimId),
    index("alerts_status_created").on(t.status, t.createdAt, t.id),
    index("alerts_article_status").on(t.articleId, t.status),
    index("alerts_watched_claim").on(t.watchedClaimId),
  ],
);

export const settings = pgTable("settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});

export const jobs = pgTable(
  "jobs",
  {
    id: id(),
    kind: text("kind").notNull(),
    key: text("key").notNull(),
    payloadJson: text("payload_json").notNull().default("{}"),
    status: text("status", { enum: JOB_STATUSES }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    runAfter: ms("run_after").notNull(),
    lockedUntil: ms("locked_until"),
    lastError: text("last_error"),
    createdAt: createdAt(),
    finishedAt: ms("finished_at"),
  },
  (t) => [
    uniqueIndex("jobs_pending_key_unique")
      .on(t.key)
      .where(sql`status = 'pending'`),
    index("jobs_status_run_after").on(t.status, t.runAfter, t.id),
    index("jobs_key_status").on(t.key, t.status),
  ],
);
