-- 0001: the imported corpus. Documents, the submissions inside them, their paragraphs with
-- footnotes and links, and the states and organisations the submissions name.
--
-- Conventions that later migrations should keep:
-- * Columns for codes and references (entity_code, date, languages, anchor, symbol) are NULL when
--   absent; free text as written (title, heading, section) is '' when absent.
-- * No CHECK on enumerations (kind): SQLite cannot alter a CHECK without rebuilding the table, and
--   a new kind of paragraph should need no migration. The program writes only names it knows.
-- * document, submission and paragraph use AUTOINCREMENT: a deleted id is never handed out again,
--   so user data (codings, memos) that points at an id can never end up on other text.

-- Marks the file as ours (see Database::checkIsOurs): "RPTR".
PRAGMA application_id = 1380996178;

-- Reference data, upserted on every import from data/; never deleted by an import, since other
-- documents may name the same entity.
CREATE TABLE entity (
    code       TEXT PRIMARY KEY NOT NULL, -- ISO 3166-1 alpha-3; EUU for the European Union
    kind       TEXT NOT NULL,             -- entityKindName(): member_state, observer_state, ...
    name_en    TEXT NOT NULL DEFAULT '',
    name_zh    TEXT NOT NULL DEFAULT '',
    aliases_zh TEXT NOT NULL DEFAULT '[]' -- JSON array of strings: names may contain any separator
);

CREATE TABLE document (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    symbol             TEXT NOT NULL UNIQUE,          -- "A/77/96": how users and re-imports find it
    symbol_provisional INTEGER NOT NULL DEFAULT 0 CHECK (symbol_provisional IN (0, 1)),
    title              TEXT NOT NULL DEFAULT '',
    language           TEXT NOT NULL DEFAULT '',      -- ISO 639-1 of the text
    source_path        TEXT NOT NULL DEFAULT '',
    content_hash       TEXT NOT NULL,                 -- of the source file: same hash, no re-import
    page_count         INTEGER NOT NULL DEFAULT 0,
    imported_at        TEXT NOT NULL                  -- ISO 8601 UTC of the latest (re-)import
);
-- A re-import keeps the document's row (and id) and rewrites its children, so documents listed by
-- id stay in the order they were first imported.

CREATE TABLE document_warning (
    document_id INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    message     TEXT NOT NULL,
    PRIMARY KEY (document_id, ordinal)
);

CREATE TABLE submission (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id   INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    ordinal       INTEGER NOT NULL,                    -- 0-based position in the document
    heading       TEXT NOT NULL DEFAULT '',
    -- Unresolved headings stay NULL; an entity in use cannot be deleted (no ON DELETE action).
    entity_code   TEXT REFERENCES entity (code),
    languages     TEXT,                                -- ISO 639-1, comma-separated, in order
    date          TEXT CHECK (date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    group_heading TEXT NOT NULL DEFAULT '',            -- "A. 各国政府"
    section       TEXT NOT NULL DEFAULT '',            -- "二. 答复"
    page          INTEGER NOT NULL DEFAULT 0
);
-- Reading a document's submissions in order; also keeps two at one position out.
CREATE UNIQUE INDEX submission_document_ordinal ON submission (document_id, ordinal);
-- "Everything Japan wrote", across documents; also what the foreign key check on entity uses.
CREATE INDEX submission_entity ON submission (entity_code);

CREATE TABLE paragraph (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id   INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    -- SET NULL: a re-import may drop a submission while a paragraph of it survives (and is then
    -- reassigned in the same transaction).
    submission_id INTEGER REFERENCES submission (id) ON DELETE SET NULL,
    ordinal       INTEGER NOT NULL,           -- 0-based reading order in the document
    -- Identity of the text across re-imports: hex SHA-1 of (kind U+001F text), '#', and the
    -- occurrence among equal hashes in the document. A re-import gives a paragraph with an old
    -- key the old id, so anything anchored to it survives.
    key           TEXT NOT NULL,
    kind          TEXT NOT NULL,              -- paragraphKindName(): body, heading, list_item ...
    section       TEXT NOT NULL DEFAULT '',
    page          INTEGER NOT NULL DEFAULT 0,
    text          TEXT NOT NULL,              -- never edited: a changed text is a new paragraph
    sentence_ends TEXT NOT NULL DEFAULT ''    -- UTF-16 offsets, comma-separated ascending
);
CREATE UNIQUE INDEX paragraph_document_ordinal ON paragraph (document_id, ordinal);
CREATE UNIQUE INDEX paragraph_document_key ON paragraph (document_id, key);
-- Reading a submission's paragraphs in order.
CREATE INDEX paragraph_submission ON paragraph (submission_id, ordinal);

-- Footnotes and links have no identity of their own: they are rewritten with their paragraph.
CREATE TABLE footnote (
    paragraph_id INTEGER NOT NULL REFERENCES paragraph (id) ON DELETE CASCADE,
    ordinal      INTEGER NOT NULL,
    marker       TEXT NOT NULL,
    text         TEXT NOT NULL,
    anchor       INTEGER,                     -- UTF-16 offset of the marker; NULL if not found
    PRIMARY KEY (paragraph_id, ordinal)
);

CREATE TABLE link (
    paragraph_id INTEGER NOT NULL REFERENCES paragraph (id) ON DELETE CASCADE,
    ordinal      INTEGER NOT NULL,
    target       TEXT NOT NULL,
    symbol       TEXT,                        -- the UN symbol an undocs.org target names
    PRIMARY KEY (paragraph_id, ordinal)
);
-- "Which paragraphs cite A/77/96".
CREATE INDEX link_symbol ON link (symbol) WHERE symbol IS NOT NULL;
