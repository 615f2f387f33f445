-- 0014: the language versions of one document (issue 16). A symbol names one document in every
-- official language ("A/C.1/80/L.4" in English and in Chinese); each version is a row of its own,
-- with its own submissions, paragraphs and ids, so that codings stay on the version they were made
-- on. A symbol is now unique per language. The version a symbol means when no language is asked for
-- is the one imported first (storage/versionfilter.h): it is the one votes and sponsors are read
-- from, so that a decision recorded in two versions counts once.
--
-- SQLite cannot change a UNIQUE constraint in place: the table is rebuilt by its documented
-- recipe (create, copy, drop, rename) with foreign keys off (Migrator), keeping every id and the
-- AUTOINCREMENT high-water mark, so that a deleted id is still never handed out again.

CREATE TABLE document_new (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    symbol             TEXT NOT NULL,                 -- "A/77/96": how users and re-imports find it
    symbol_provisional INTEGER NOT NULL DEFAULT 0 CHECK (symbol_provisional IN (0, 1)),
    title              TEXT NOT NULL DEFAULT '',
    language           TEXT NOT NULL DEFAULT '',      -- ISO 639-1 of the text
    source_path        TEXT NOT NULL DEFAULT '',
    content_hash       TEXT NOT NULL,                 -- of the source file: same hash, no re-import
    page_count         INTEGER NOT NULL DEFAULT 0,
    imported_at        TEXT NOT NULL,                 -- ISO 8601 UTC of the latest (re-)import
    date               TEXT CHECK (date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    original_languages TEXT,                          -- ISO 639-1, comma-separated
    UNIQUE (symbol, language)                         -- also finds a symbol's versions
);

INSERT INTO document_new (id, symbol, symbol_provisional, title, language, source_path,
                          content_hash, page_count, imported_at, date, original_languages)
SELECT id, symbol, symbol_provisional, title, language, source_path, content_hash, page_count,
       imported_at, date, original_languages
FROM document;

-- The copy set document_new's high-water mark to its largest id (or none, for no rows); the old
-- one may be higher. The rename below carries the mark over to the new name.
INSERT INTO sqlite_sequence (name, seq)
SELECT 'document_new', 0
WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'document_new');
UPDATE sqlite_sequence
SET seq = max(seq, ifnull((SELECT seq FROM sqlite_sequence WHERE name = 'document'), 0))
WHERE name = 'document_new';

DROP TABLE document;
ALTER TABLE document_new RENAME TO document;
