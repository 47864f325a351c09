ALTER TABLE `claims` ADD `quantity` text;--> statement-breakpoint
ALTER TABLE `claims` ADD `quantity_who` text;--> statement-breakpoint
ALTER TABLE `claims` ADD `said_by` text;--> statement-breakpoint
CREATE INDEX `claims_kind_unit_quantity_value` ON `claims` (`kind`,`unit`,`quantity`,`value`);