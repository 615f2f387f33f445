-- 0006: qualitative coding (issue 7). A codebook (a tree of codes), codings (a code applied to a
-- span of a paragraph by a coder) and memos on codes, submissions and documents.
--
-- What the user makes here is never derived from a document, so nothing an import does may delete
-- it:
-- * coding.paragraph_id, coding.document_id and memo.target_id carry NO foreign key. A re-import
--   deletes the paragraphs whose text changed (0001's CASCADE would take their codings with them,
--   SET NULL would lose where they were); instead the import re-anchors every coding of a replaced
--   document in its own transaction (src/coding/reanchor.cpp) and flags the ones whose text is
--   gone as orphaned. Ids are AUTOINCREMENT (0001), so a stale id never points at other text.
-- * Each coding keeps its quote and some context on either side, which is what re-anchoring
--   searches for when its paragraph is gone.
-- * Offsets count Unicode code points within the paragraph's text, as every offset that leaves
--   the program does (and as REFI-QDA counts them).
-- * guid: the identity a REFI-QDA export gives a code or coding, kept so that reading the export
--   back (or a codebook another tool edited) finds the same rows instead of making duplicates.

CREATE TABLE code (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    -- RESTRICT: a code with children is deleted child-first by the program, never by a cascade.
    parent_id   INTEGER REFERENCES code (id) ON DELETE RESTRICT, -- NULL: top level
    -- '/' joins the names of a code path ("论点/出口管制"), so it cannot be part of a name.
    name        TEXT NOT NULL CHECK (name <> '' AND instr(name, '/') = 0),
    description TEXT NOT NULL DEFAULT '',
    colour      TEXT CHECK (colour IS NULL OR colour GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
    guid        TEXT NOT NULL UNIQUE,
    created_at  TEXT NOT NULL                  -- ISO 8601 UTC
);
-- Sibling names are unique, so that a path names one code; top-level codes have parent 0 here.
CREATE UNIQUE INDEX code_sibling_name ON code (ifnull(parent_id, 0), name);

CREATE TABLE coding (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    guid              TEXT NOT NULL UNIQUE,
    -- RESTRICT: deleting a code that has codings needs the user's explicit "force", which deletes
    -- the codings first; merging moves them.
    code_id           INTEGER NOT NULL REFERENCES code (id) ON DELETE RESTRICT,
    paragraph_id      INTEGER NOT NULL, -- no foreign key: see above
    document_id       INTEGER NOT NULL, -- no foreign key: see above
    -- As when last anchored: names the document of an orphan whose document is gone, and
    -- REFI-QDA sources. Readers prefer the document's current symbol (rename).
    document_symbol   TEXT NOT NULL,
    paragraph_ordinal INTEGER NOT NULL DEFAULT 0, -- as when last anchored: ties in re-anchoring
    start_offset      INTEGER NOT NULL CHECK (start_offset >= 0),     -- code points
    end_offset        INTEGER NOT NULL CHECK (end_offset > start_offset),
    quote             TEXT NOT NULL CHECK (quote <> ''),
    left_context      TEXT NOT NULL DEFAULT '',
    right_context     TEXT NOT NULL DEFAULT '',
    coder             TEXT NOT NULL CHECK (coder <> ''),
    created_at        TEXT NOT NULL,              -- ISO 8601 UTC
    memo              TEXT NOT NULL DEFAULT '',
    -- 1: the quote was found nowhere in the document at the latest re-import. Kept and shown, and
    -- re-anchored again by every later import (the text may come back).
    orphaned          INTEGER NOT NULL DEFAULT 0 CHECK (orphaned IN (0, 1))
);
CREATE INDEX coding_paragraph ON coding (paragraph_id);
CREATE INDEX coding_document ON coding (document_id); -- what an import re-anchors
CREATE INDEX coding_code ON coding (code_id);         -- also serves the RESTRICT check

-- One memo per code, submission or document (a coding's memo is its own column).
CREATE TABLE memo (
    target_kind TEXT NOT NULL,    -- code, submission, document
    target_id   INTEGER NOT NULL, -- no foreign key: a memo outlives a submission a re-import drops
    text        TEXT NOT NULL,
    author      TEXT NOT NULL DEFAULT '',
    updated_at  TEXT NOT NULL,    -- ISO 8601 UTC
    PRIMARY KEY (target_kind, target_id)
) WITHOUT ROWID;
