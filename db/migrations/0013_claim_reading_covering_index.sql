DROP INDEX `claims_kind_unit_quantity_value`;--> statement-breakpoint
ALTER TABLE `claims` ADD `reading` text;--> statement-breakpoint
CREATE INDEX `claims_kind_unit_quantity_value` ON `claims` (`kind`,`unit`,`quantity`,`value`,`article_id`,`deleted_at`);