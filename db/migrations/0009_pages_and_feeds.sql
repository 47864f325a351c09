CREATE TABLE `feed_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`feed_id` integer NOT NULL,
	`key` text NOT NULL,
	`url` text,
	`article_id` integer,
	`error` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`feed_id`) REFERENCES `feeds`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `feed_items_feed_key` ON `feed_items` (`feed_id`,`key`);--> statement-breakpoint
CREATE TABLE `feeds` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`url` text NOT NULL,
	`title` text,
	`interval_minutes` integer DEFAULT 60 NOT NULL,
	`paused` integer DEFAULT false NOT NULL,
	`next_read_at` integer,
	`last_read_at` integer,
	`last_error` text,
	`items_imported` integer DEFAULT 0 NOT NULL,
	`created_by` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `feeds_url_unique` ON `feeds` (`url`);--> statement-breakpoint
CREATE INDEX `feeds_next_read` ON `feeds` (`next_read_at`);--> statement-breakpoint
CREATE TABLE `fetched_pages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`requested_url` text NOT NULL,
	`final_url` text NOT NULL,
	`canonical_url` text,
	`content_type` text DEFAULT '' NOT NULL,
	`html` text NOT NULL,
	`bytes` integer NOT NULL,
	`fetched_by` integer,
	`feed_id` integer,
	`article_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`fetched_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`feed_id`) REFERENCES `feeds`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `fetched_pages_article` ON `fetched_pages` (`article_id`);--> statement-breakpoint
CREATE INDEX `fetched_pages_canonical` ON `fetched_pages` (`canonical_url`);