ALTER TABLE `articles` ADD `url_from_text` integer DEFAULT false NOT NULL;--> statement-breakpoint
-- Articles stored before this column: a URL the cleaner took from a link line above the text is on
-- record in removed_json as a "header link"; those URLs came from the text.
UPDATE `articles` SET `url_from_text` = 1
WHERE `url` IS NOT NULL
  AND EXISTS (
    SELECT 1 FROM json_each(`articles`.`removed_json`)
    WHERE json_extract(value, '$.rule') = 'header link'
      AND trim(json_extract(value, '$.text')) IN (`articles`.`url`, '<' || `articles`.`url` || '>')
  );
