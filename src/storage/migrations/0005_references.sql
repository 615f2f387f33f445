-- 0005: cross-references (issue 6). What each paragraph cites: documents by their canonical
-- symbol, and treaties, regimes and organisations by their id in data/instruments.tsv.
--
-- * Derived from the paragraph's text, footnotes and links, like the votes: nothing the user
--   makes points at these rows, and they are rewritten as a whole for a document whenever it is
--   stored (in the import's transaction, so a failed import leaves them as they were).
-- * The target is a string, not a document id: a citation of "A/77/96" finds the document of
--   that symbol when read, so it follows `rename` and a document imported after the one citing it.
-- * The conventions of 0001 hold: no CHECK on enumerations.

CREATE TABLE reference (
    -- CASCADE: a paragraph a re-import drops takes what it cited with it.
    paragraph_id INTEGER NOT NULL REFERENCES paragraph (id) ON DELETE CASCADE,
    target_kind  TEXT NOT NULL,   -- document, instrument
    target       TEXT NOT NULL,   -- "A/RES/76/234", "S/RES/1540(2004)"; instrument id "MTCR"
    place        TEXT NOT NULL,   -- where in the paragraph: text, footnote, link
    mentions     INTEGER NOT NULL CHECK (mentions > 0), -- how many times there
    PRIMARY KEY (paragraph_id, target_kind, target, place) -- also serves the cascade
) WITHOUT ROWID;
-- "Cited by": every paragraph citing one target.
CREATE INDEX reference_target ON reference (target_kind, target);

-- Which version of the extraction (its code and the dictionary it read) each document's rows come
-- from. A document without a row here (imported before this migration) or with another source
-- is indexed again before references are read.
CREATE TABLE reference_source (
    document_id INTEGER PRIMARY KEY REFERENCES document (id) ON DELETE CASCADE,
    source      TEXT NOT NULL
);
