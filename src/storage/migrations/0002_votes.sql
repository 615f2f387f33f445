-- 0002: what committee reports record about their drafts: the recorded votes with each
-- delegation's position, who sponsored each draft, and the paragraphs of the draft resolution the
-- report recommends.
--
-- All of it is derived from the document's text and rewritten as a whole with it (VoteWriter):
-- nothing the user makes points at these rows, so unlike paragraphs they keep no identity across
-- re-imports. What they point at (paragraphs) does.
--
-- The conventions of 0001 hold: codes and references are NULL when absent, text as written is ''
-- when absent, and enumerations have no CHECK.

CREATE TABLE vote (
    -- AUTOINCREMENT although ids change on re-import: a stale id (in a GUI selection, in a
    -- script fed by `--json`) then finds nothing instead of another vote.
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id          INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    ordinal              INTEGER NOT NULL,            -- 0-based order in the document
    label                TEXT NOT NULL DEFAULT '',    -- "(a)"
    subject              TEXT NOT NULL DEFAULT '',    -- as written: "序言部分第十八段"
    subject_kind         TEXT NOT NULL,               -- voteSubjectKindName(): preambular, ...
    subject_number       INTEGER NOT NULL DEFAULT 0,  -- the paragraph's number; 0 for none
    draft_symbol         TEXT,                        -- "A/C.1/79/L.5"
    outcome              TEXT,                        -- retained, adopted, rejected
    date                 TEXT CHECK (date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    meeting              INTEGER NOT NULL DEFAULT 0,  -- 0 when the report does not say
    -- The figures the document states, kept beside the lists so that a reading whose counts
    -- differ stays visible. NULL: the document states none (-1 in RecordedVote).
    stated_yes           INTEGER CHECK (stated_yes IS NULL OR stated_yes >= 0),
    stated_no            INTEGER CHECK (stated_no IS NULL OR stated_no >= 0),
    stated_abstain       INTEGER CHECK (stated_abstain IS NULL OR stated_abstain >= 0),
    -- SET NULL: a re-import deletes the paragraphs whose text is gone before it rewrites the
    -- votes, and until then the old vote must not block (or vanish with) the paragraph.
    paragraph_id         INTEGER REFERENCES paragraph (id) ON DELETE SET NULL, -- announces it
    subject_paragraph_id INTEGER REFERENCES paragraph (id) ON DELETE SET NULL, -- voted on
    page                 INTEGER NOT NULL DEFAULT 0
);
-- Reading a document's votes in order; also keeps two at one position out.
CREATE UNIQUE INDEX vote_document_ordinal ON vote (document_id, ordinal);
-- Deleting a paragraph looks for votes pointing at it; without these every paragraph a re-import
-- drops would scan the votes of the whole corpus.
CREATE INDEX vote_paragraph ON vote (paragraph_id);
CREATE INDEX vote_subject_paragraph ON vote (subject_paragraph_id);

-- One row per name in a vote's lists. Member states in none of the lists are not stored: who
-- they are depends on the entity table, so VoteRepository derives them when reading.
CREATE TABLE vote_entry (
    vote_id     INTEGER NOT NULL REFERENCES vote (id) ON DELETE CASCADE,
    position    TEXT NOT NULL,                 -- votePositionName(): yes, no, abstain
    ordinal     INTEGER NOT NULL,              -- 0-based within its list, in document order
    written     TEXT NOT NULL,                 -- the name as the document writes it
    entity_code TEXT REFERENCES entity (code), -- NULL: the name resolved to no entity
    PRIMARY KEY (vote_id, position, ordinal)   -- also serves reading a vote's lists
);
-- One state's positions across all votes (a state's profile). Carries vote_id and position so that
-- the profile is read from the index alone.
CREATE INDEX vote_entry_entity ON vote_entry (entity_code, vote_id, position);

-- A footnote saying a delegation meant to vote otherwise. Its position in the lists is unchanged:
-- the record shows the vote as cast.
CREATE TABLE vote_note (
    vote_id     INTEGER NOT NULL REFERENCES vote (id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    written     TEXT NOT NULL,
    entity_code TEXT REFERENCES entity (code),
    intended    TEXT NOT NULL,                 -- votePositionName()
    text        TEXT NOT NULL,                 -- the footnote
    PRIMARY KEY (vote_id, ordinal)
);

-- One row per sponsor. A report may name a draft's sponsors in more than one place (those who
-- introduced it, later those who joined), and each place is one Sponsorship: `sponsorship` keeps
-- them apart so that they read back as they were parsed.
CREATE TABLE sponsor (
    document_id  INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    sponsorship  INTEGER NOT NULL,                -- 0-based index of the list in the document
    draft_symbol TEXT,                            -- NULL when the report did not say which draft
    role         TEXT NOT NULL,                   -- main (introduced it), joined (later)
    ordinal      INTEGER NOT NULL,                -- 0-based within its role, in document order
    written      TEXT NOT NULL,
    entity_code  TEXT REFERENCES entity (code),
    PRIMARY KEY (document_id, sponsorship, role, ordinal) -- also serves reading by document
);

-- The draft resolution a report recommends, as pointers into its paragraphs: the text is stored
-- once, in paragraph.
CREATE TABLE resolution_paragraph (
    document_id  INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    ordinal      INTEGER NOT NULL,              -- 0-based order in the resolution
    operative    INTEGER NOT NULL CHECK (operative IN (0, 1)),
    number       INTEGER NOT NULL,              -- 1-based among its kind
    -- CASCADE: without its text the row says nothing; a re-import rewrites these rows anyway.
    paragraph_id INTEGER NOT NULL REFERENCES paragraph (id) ON DELETE CASCADE,
    PRIMARY KEY (document_id, ordinal)          -- also serves reading by document
);
-- Deleting a paragraph looks here for rows to cascade to.
CREATE INDEX resolution_paragraph_paragraph ON resolution_paragraph (paragraph_id);
