-- 0012: a PDF's tables, kept as tables. A table of figures read as paragraphs was
-- neither readable nor searchable; as rows and columns it can be shown, searched and exported.
--
-- * Derived from the file like the notes: rewritten whole with the document (nothing the user
--   makes points at a table or a cell), deleted with it.
-- * A table stands after a paragraph of its document: after_paragraph_id, NULL when it comes
--   before the first. CASCADE: a paragraph goes only when its document is re-imported (its
--   tables are written again in the same transaction) or deleted, so a table never outlives the
--   text it stands in, nor silently moves to the top as SET NULL would make it.
-- * Every cell is a row, empty ones too, so that a table reads back exactly as it was stored;
--   header is repeated on each cell of a header row, so that a cell says what it is alone.
CREATE TABLE document_table (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id        INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    ordinal            INTEGER NOT NULL,            -- 0-based, in reading order
    caption            TEXT NOT NULL DEFAULT '',
    first_page         INTEGER NOT NULL DEFAULT 0,
    last_page          INTEGER NOT NULL DEFAULT 0,
    after_paragraph_id INTEGER REFERENCES paragraph (id) ON DELETE CASCADE,
    column_count       INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX document_table_document_ordinal ON document_table (document_id, ordinal);
-- What the foreign key's cascade looks up when a paragraph is deleted.
CREATE INDEX document_table_after_paragraph ON document_table (after_paragraph_id);

CREATE TABLE table_cell (
    id           INTEGER PRIMARY KEY,              -- the rowid of table_cell_fts
    table_id     INTEGER NOT NULL REFERENCES document_table (id) ON DELETE CASCADE,
    row_index    INTEGER NOT NULL,                 -- 0-based, header rows first
    column_index INTEGER NOT NULL,                 -- 0-based
    header       INTEGER NOT NULL DEFAULT 0 CHECK (header IN (0, 1)),
    text         TEXT NOT NULL
);
CREATE UNIQUE INDEX table_cell_position ON table_cell (table_id, row_index, column_index);

-- The table's own notes ("a", "b"), called from its cells.
CREATE TABLE table_note (
    table_id INTEGER NOT NULL REFERENCES document_table (id) ON DELETE CASCADE,
    ordinal  INTEGER NOT NULL,
    marker   TEXT NOT NULL,
    text     TEXT NOT NULL,
    PRIMARY KEY (table_id, ordinal)
);

-- Cell text is searchable as paragraph text is (0004): external content over table_cell (rowid =
-- cell id, no copy of the text), the same tokenizer, kept in step by triggers in the writer's
-- transaction, and a hit is one cell, with offsets into its text. A cell's own index rather than
-- a place in paragraph_fts: a hit must say it is in a table, and which cell.
CREATE VIRTUAL TABLE table_cell_fts USING fts5(
    text,
    content = 'table_cell',
    content_rowid = 'id',
    tokenize = 'rapporteur'
);

CREATE TRIGGER table_cell_fts_insert AFTER INSERT ON table_cell BEGIN
    INSERT INTO table_cell_fts (rowid, text) VALUES (new.id, new.text);
END;

CREATE TRIGGER table_cell_fts_delete AFTER DELETE ON table_cell BEGIN
    INSERT INTO table_cell_fts (table_cell_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

CREATE TRIGGER table_cell_fts_update AFTER UPDATE OF text ON table_cell BEGIN
    INSERT INTO table_cell_fts (table_cell_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO table_cell_fts (rowid, text) VALUES (new.id, new.text);
END;

-- 16 MB of tokens per segment, as the other indexes (0010).
INSERT INTO table_cell_fts (table_cell_fts, rank) VALUES ('hashsize', 16777216);
