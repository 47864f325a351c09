ALTER TABLE `api_keys` ADD `scope` text DEFAULT 'read' NOT NULL;--> statement-breakpoint
ALTER TABLE `api_keys` ADD `expires_at` integer;--> statement-breakpoint
ALTER TABLE `users` ADD `session_version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
-- Keys made before scopes existed could write; they keep that until an admin revokes them.
UPDATE `api_keys` SET `scope` = 'write';
