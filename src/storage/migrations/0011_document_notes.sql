-- 0011: notes of a document itself (issue 15). A note called from the masthead or the session
-- block rather than from the text: the asterisk of a reissued document's symbol ("A/80/605*":
-- "Reissued for technical reasons"), of a fascicle's symbol, of a preliminary list of items.
-- Derived from the file like the warnings: rewritten with the document, deleted with it.
CREATE TABLE document_note (
    document_id INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    marker      TEXT NOT NULL,   -- "*", "**", "†"
    text        TEXT NOT NULL,
    PRIMARY KEY (document_id, ordinal)
);
