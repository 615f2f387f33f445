-- 0004: the full-text index over paragraph text (issue 6, Search).
--
-- * External content: the index keeps no copy of the text, only its tokens; rowid = paragraph.id,
--   so a hit is a paragraph and user data anchored to paragraph ids can point at hits.
-- * tokenize = 'rapporteur' (src/search/searchtokens.h): Han bigrams with colocated unigrams, so
--   that any string of Chinese characters finds every paragraph containing it, and folded words
--   for Latin script. Every connection registers it (Database::open) before migrating; a plain
--   sqlite3 shell without it can read paragraphs but not search or write them.
-- * Paragraph text only: footnotes and link targets are not indexed. A hit then always points at
--   text the snippet and the concordance can show, with offsets into paragraph.text.
-- * Kept in step by triggers, so every write (an import, a replace, a cascade from a deleted
--   document) updates the index in the writer's own transaction: a rolled-back import leaves the
--   index as it was. Paragraph text is never edited (a changed text is a new paragraph), but an
--   UPDATE of text is handled all the same.
CREATE VIRTUAL TABLE paragraph_fts USING fts5(
    text,
    content = 'paragraph',
    content_rowid = 'id',
    tokenize = 'rapporteur'
);

CREATE TRIGGER paragraph_fts_insert AFTER INSERT ON paragraph BEGIN
    INSERT INTO paragraph_fts (rowid, text) VALUES (new.id, new.text);
END;

-- An external-content index forgets a row by being told its old text ('delete').
CREATE TRIGGER paragraph_fts_delete AFTER DELETE ON paragraph BEGIN
    INSERT INTO paragraph_fts (paragraph_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

CREATE TRIGGER paragraph_fts_update AFTER UPDATE OF text ON paragraph BEGIN
    INSERT INTO paragraph_fts (paragraph_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO paragraph_fts (rowid, text) VALUES (new.id, new.text);
END;

-- Databases made before this migration: index the paragraphs they already hold.
INSERT INTO paragraph_fts (paragraph_fts) VALUES ('rebuild');
