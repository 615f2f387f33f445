-- 0008: footnotes become searchable (issue 6). A footnote is part of what a state wrote — the
-- committee report's footnote 4 names A/77/96, submissions cite resolutions in theirs — so a
-- search must find text there too.
--
-- * Its own index, beside paragraph_fts, with the same tokenizer: a hit says whether it is in a
--   paragraph's text or in one of its footnotes, and its offsets are into that text.
-- * Contentless (content = ''): footnotes are few and short, and their text stays in the
--   footnote table. The index's rowid is the footnote's key folded into one integer,
--   paragraph_id × 1024 + ordinal, since footnote has no integer key of its own (its implicit
--   rowid may change on VACUUM). A paragraph never has a thousand footnotes; one that did would
--   have the rest unindexed rather than clash (the WHEN clauses).
-- * Kept in step by triggers in the writer's transaction, as paragraph_fts is. A contentless
--   index forgets a row by being given its old text ('delete').
CREATE VIRTUAL TABLE footnote_fts USING fts5(
    text,
    content = '',
    tokenize = 'rapporteur'
);

CREATE TRIGGER footnote_fts_insert AFTER INSERT ON footnote WHEN new.ordinal BETWEEN 0 AND 1023
BEGIN
    INSERT INTO footnote_fts (rowid, text) VALUES (new.paragraph_id * 1024 + new.ordinal, new.text);
END;

CREATE TRIGGER footnote_fts_delete AFTER DELETE ON footnote WHEN old.ordinal BETWEEN 0 AND 1023
BEGIN
    INSERT INTO footnote_fts (footnote_fts, rowid, text)
    VALUES ('delete', old.paragraph_id * 1024 + old.ordinal, old.text);
END;

CREATE TRIGGER footnote_fts_update AFTER UPDATE ON footnote BEGIN
    INSERT INTO footnote_fts (footnote_fts, rowid, text)
    SELECT 'delete', old.paragraph_id * 1024 + old.ordinal, old.text
    WHERE old.ordinal BETWEEN 0 AND 1023;
    INSERT INTO footnote_fts (rowid, text)
    SELECT new.paragraph_id * 1024 + new.ordinal, new.text
    WHERE new.ordinal BETWEEN 0 AND 1023;
END;

-- Databases made before this migration: index the footnotes they already hold.
INSERT INTO footnote_fts (rowid, text)
SELECT paragraph_id * 1024 + ordinal, text FROM footnote WHERE ordinal BETWEEN 0 AND 1023;
