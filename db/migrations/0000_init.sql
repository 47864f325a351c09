CREATE TABLE `api_keys` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`prefix` text NOT NULL,
	`key_hash` text NOT NULL,
	`user_id` integer NOT NULL,
	`created_by` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`revoked_at` integer,
	`last_used_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_keys_hash_unique` ON `api_keys` (`key_hash`);--> statement-breakpoint
CREATE TABLE `articles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`outlet` text,
	`url` text,
	`published_at` text,
	`body` text NOT NULL,
	`body_hash` text NOT NULL,
	`removed_json` text DEFAULT '[]' NOT NULL,
	`imported_by` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`imported_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `articles_body_hash_unique` ON `articles` (`body_hash`);--> statement-breakpoint
CREATE INDEX `articles_url` ON `articles` (`url`);--> statement-breakpoint
CREATE INDEX `articles_published_at` ON `articles` (`published_at`);--> statement-breakpoint
CREATE TABLE `audit_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`actor_id` integer,
	`entity` text NOT NULL,
	`entity_id` integer NOT NULL,
	`claim_id` integer,
	`action` text NOT NULL,
	`before_json` text,
	`after_json` text,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_events_claim` ON `audit_events` (`claim_id`,`at`);--> statement-breakpoint
CREATE INDEX `audit_events_entity` ON `audit_events` (`entity`,`entity_id`);--> statement-breakpoint
CREATE TABLE `claim_flags` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`kind` text NOT NULL,
	`claim_ids_json` text NOT NULL,
	`message` text NOT NULL,
	`resolved_at` integer,
	`resolved_by` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`resolved_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `claim_flags_article` ON `claim_flags` (`article_id`);--> statement-breakpoint
CREATE INDEX `claim_flags_open` ON `claim_flags` (`resolved_at`,`created_at`);--> statement-breakpoint
CREATE TABLE `claim_links` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`from_claim_id` integer NOT NULL,
	`to_claim_id` integer NOT NULL,
	`relation` text NOT NULL,
	`created_by` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`from_claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`to_claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `claim_links_pair_unique` ON `claim_links` (`from_claim_id`,`to_claim_id`);--> statement-breakpoint
CREATE INDEX `claim_links_to` ON `claim_links` (`to_claim_id`);--> statement-breakpoint
CREATE TABLE `claim_sources` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`claim_id` integer NOT NULL,
	`source_id` integer NOT NULL,
	`stance` text NOT NULL,
	`locator` text,
	`created_by` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `claim_sources_claim_source_unique` ON `claim_sources` (`claim_id`,`source_id`);--> statement-breakpoint
CREATE INDEX `claim_sources_source` ON `claim_sources` (`source_id`);--> statement-breakpoint
CREATE TABLE `claims` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`number_start` integer NOT NULL,
	`number_end` integer NOT NULL,
	`sentence_start` integer NOT NULL,
	`sentence_end` integer NOT NULL,
	`quote` text NOT NULL,
	`prefix` text DEFAULT '' NOT NULL,
	`suffix` text DEFAULT '' NOT NULL,
	`value` real,
	`low` real,
	`high` real,
	`kind` text DEFAULT 'count' NOT NULL,
	`unit` text,
	`currency` text,
	`counted` text,
	`qualifier` text DEFAULT 'exact' NOT NULL,
	`period` text,
	`origin` text DEFAULT 'auto' NOT NULL,
	`status` text DEFAULT 'unchecked' NOT NULL,
	`status_reason` text,
	`status_by` integer,
	`status_at` integer,
	`verdict` text,
	`decision_note` text,
	`decided_by` integer,
	`decided_at` integer,
	`assignee_id` integer,
	`orphaned_at` integer,
	`deleted_at` integer,
	`deleted_by` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_by` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`status_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assignee_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`deleted_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `claims_article_start` ON `claims` (`article_id`,`start`);--> statement-breakpoint
CREATE INDEX `claims_status_at` ON `claims` (`status`,`status_at`,`id`);--> statement-breakpoint
CREATE INDEX `claims_assignee_status` ON `claims` (`assignee_id`,`status`);--> statement-breakpoint
CREATE INDEX `claims_kind_unit_value` ON `claims` (`kind`,`unit`,`value`);--> statement-breakpoint
CREATE TABLE `link_suggestions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`claim_id` integer NOT NULL,
	`candidate_id` integer NOT NULL,
	`relation` text NOT NULL,
	`score` real NOT NULL,
	`reason` text NOT NULL,
	`state` text DEFAULT 'open' NOT NULL,
	`decided_by` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`candidate_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `link_suggestions_pair_unique` ON `link_suggestions` (`claim_id`,`candidate_id`);--> statement-breakpoint
CREATE INDEX `link_suggestions_claim_state` ON `link_suggestions` (`claim_id`,`state`,`score`);--> statement-breakpoint
CREATE TABLE `login_failures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `login_failures_key_at` ON `login_failures` (`key`,`at`);--> statement-breakpoint
CREATE TABLE `notes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`claim_id` integer NOT NULL,
	`author_id` integer NOT NULL,
	`doc_json` text NOT NULL,
	`plain_text` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer,
	`deleted_at` integer,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `notes_claim` ON `notes` (`claim_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sources` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`url` text,
	`normalized_url` text,
	`publisher` text,
	`published_on` text,
	`type` text DEFAULT 'other' NOT NULL,
	`created_by` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sources_normalized_url_unique` ON `sources` (`normalized_url`);--> statement-breakpoint
CREATE INDEX `sources_title` ON `sources` (`title`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`password_hash` text NOT NULL,
	`disabled_at` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);