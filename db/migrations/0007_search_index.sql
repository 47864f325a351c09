-- Full-text search (FTS5) over articles, claims, notes and sources. External-content tables: the text
-- lives once, in its own table; triggers keep the index in step inside the writer's own transaction, so
-- every writer (services, imports, scripts) is covered without calling anything. Porter stemming lets
-- "deaths" find "death" and "killed" find "kill".
CREATE VIRTUAL TABLE `articles_fts` USING fts5(title, body, content='articles', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `articles_fts_after_insert` AFTER INSERT ON `articles`
BEGIN INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body); END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_after_delete` AFTER DELETE ON `articles`
BEGIN INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body); END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_after_update` AFTER UPDATE OF title, body ON `articles`
BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
  INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
--> statement-breakpoint
INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
--> statement-breakpoint
CREATE VIRTUAL TABLE `claims_fts` USING fts5(quote, counted, content='claims', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `claims_fts_after_insert` AFTER INSERT ON `claims`
BEGIN INSERT INTO claims_fts(rowid, quote, counted) VALUES (new.id, new.quote, new.counted); END;
--> statement-breakpoint
CREATE TRIGGER `claims_fts_after_delete` AFTER DELETE ON `claims`
BEGIN INSERT INTO claims_fts(claims_fts, rowid, quote, counted) VALUES ('delete', old.id, old.quote, old.counted); END;
--> statement-breakpoint
CREATE TRIGGER `claims_fts_after_update` AFTER UPDATE OF quote, counted ON `claims`
BEGIN
  INSERT INTO claims_fts(claims_fts, rowid, quote, counted) VALUES ('delete', old.id, old.quote, old.counted);
  INSERT INTO claims_fts(rowid, quote, counted) VALUES (new.id, new.quote, new.counted);
END;
--> statement-breakpoint
INSERT INTO claims_fts(claims_fts) VALUES ('rebuild');
--> statement-breakpoint
CREATE VIRTUAL TABLE `notes_fts` USING fts5(plain_text, content='notes', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `notes_fts_after_insert` AFTER INSERT ON `notes`
BEGIN INSERT INTO notes_fts(rowid, plain_text) VALUES (new.id, new.plain_text); END;
--> statement-breakpoint
CREATE TRIGGER `notes_fts_after_delete` AFTER DELETE ON `notes`
BEGIN INSERT INTO notes_fts(notes_fts, rowid, plain_text) VALUES ('delete', old.id, old.plain_text); END;
--> statement-breakpoint
CREATE TRIGGER `notes_fts_after_update` AFTER UPDATE OF plain_text ON `notes`
BEGIN
  INSERT INTO notes_fts(notes_fts, rowid, plain_text) VALUES ('delete', old.id, old.plain_text);
  INSERT INTO notes_fts(rowid, plain_text) VALUES (new.id, new.plain_text);
END;
--> statement-breakpoint
INSERT INTO notes_fts(notes_fts) VALUES ('rebuild');
--> statement-breakpoint
CREATE VIRTUAL TABLE `sources_fts` USING fts5(title, publisher, url, content='sources', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `sources_fts_after_insert` AFTER INSERT ON `sources`
BEGIN INSERT INTO sources_fts(rowid, title, publisher, url) VALUES (new.id, new.title, new.publisher, new.url); END;
--> statement-breakpoint
CREATE TRIGGER `sources_fts_after_delete` AFTER DELETE ON `sources`
BEGIN INSERT INTO sources_fts(sources_fts, rowid, title, publisher, url) VALUES ('delete', old.id, old.title, old.publisher, old.url); END;
--> statement-breakpoint
CREATE TRIGGER `sources_fts_after_update` AFTER UPDATE OF title, publisher, url ON `sources`
BEGIN
  INSERT INTO sources_fts(sources_fts, rowid, title, publisher, url) VALUES ('delete', old.id, old.title, old.publisher, old.url);
  INSERT INTO sources_fts(rowid, title, publisher, url) VALUES (new.id, new.title, new.publisher, new.url);
END;
--> statement-breakpoint
INSERT INTO sources_fts(sources_fts) VALUES ('rebuild');
