CREATE TABLE `alerts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`claim_id` integer NOT NULL,
	`article_id` integer NOT NULL,
	`watched_claim_id` integer NOT NULL,
	`relation` text NOT NULL,
	`score` real NOT NULL,
	`reason` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`link_id` integer,
	`closed_by` integer,
	`closed_at` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`watched_claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`link_id`) REFERENCES `claim_links`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`closed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `alerts_pair_unique` ON `alerts` (`claim_id`,`watched_claim_id`);--> statement-breakpoint
CREATE INDEX `alerts_status_created` ON `alerts` (`status`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `alerts_article_status` ON `alerts` (`article_id`,`status`);--> statement-breakpoint
CREATE INDEX `alerts_watched_claim` ON `alerts` (`watched_claim_id`);--> statement-breakpoint
ALTER TABLE `claims` ADD `watch` text;--> statement-breakpoint
CREATE INDEX `claims_watched_quantity_value` ON `claims` (`kind`,`unit`,`quantity`,`value`) WHERE deleted_at is null and (watch = 'watch' or (watch is null and status in ('verified', 'decided')));