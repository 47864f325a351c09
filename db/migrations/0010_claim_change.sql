ALTER TABLE `claims` ADD `change` text;--> statement-breakpoint
ALTER TABLE `claims` ADD `change_from` real;