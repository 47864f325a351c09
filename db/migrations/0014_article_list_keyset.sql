-- drizzle-kit splits an expression column at its comma; written by hand from the schema.
CREATE INDEX `articles_published_key` ON `articles` (coalesce("published_at", ''),`id`);--> statement-breakpoint
CREATE INDEX `articles_outlet_published_key` ON `articles` (`outlet`,coalesce("published_at", ''),`id`);--> statement-breakpoint
CREATE INDEX `claims_article_status` ON `claims` (`article_id`,`status`,`deleted_at`);
