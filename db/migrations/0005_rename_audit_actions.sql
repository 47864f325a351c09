-- One naming scheme for audit actions (`<entity>.<past participle>`): the early workspace actions were
-- stored as bare verbs. The log is append-only, so the guard triggers step aside for this one rename only.
DROP TRIGGER IF EXISTS `audit_events_no_update`;
--> statement-breakpoint
UPDATE `audit_events` SET `action` = CASE `action`
  WHEN 'verify' THEN 'claim.verified'
  WHEN 'dispute' THEN 'claim.disputed'
  WHEN 'edit' THEN 'claim.edited'
  WHEN 'reject' THEN 'claim.rejected'
  WHEN 'restore' THEN 'claim.restored'
  WHEN 'create_manual' THEN 'claim.created'
  WHEN 'decide' THEN 'claim.decided'
  WHEN 'assign' THEN 'claim.assigned'
  WHEN 'add_note' THEN 'note.added'
  WHEN 'edit_note' THEN 'note.edited'
  WHEN 'delete_note' THEN 'note.deleted'
  WHEN 'create_source' THEN 'source.created'
  WHEN 'attach_source' THEN 'claim_source.attached'
  WHEN 'detach_source' THEN 'claim_source.detached'
  WHEN 'link' THEN 'claim_link.created'
  WHEN 'unlink' THEN 'claim_link.removed'
  ELSE `action` END
WHERE `action` IN ('verify', 'dispute', 'edit', 'reject', 'restore', 'create_manual', 'decide', 'assign',
  'add_note', 'edit_note', 'delete_note', 'create_source', 'attach_source', 'detach_source', 'link', 'unlink');
--> statement-breakpoint
CREATE TRIGGER `audit_events_no_update` BEFORE UPDATE ON `audit_events`
BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;
