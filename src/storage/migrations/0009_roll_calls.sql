-- 0009: the General Assembly's recorded plenary votes as vote data sets publish them (the UN
-- Digital Library's bulk file, Voeten's tables): a roll call, its issues, and one row per state.
--
-- Unlike the committee votes of 0002, these rows come from a data file, not from a document's
-- text: a roll call keeps its id when the same file (or a newer one) is imported again, and a
-- newer file adds roll calls and corrects the rows it gives differently; nothing is deleted by
-- leaving it out of a file. A roll call is identified within its source: by `rcid` for Voeten's
-- data, by `undl_id` for the UN Digital Library's. The two sources are kept apart even where they
-- describe the same resolution: Voeten's data holds votes the UN's file does not (amendments,
-- separate paragraphs) and no key both carry identifies a vote cleanly (a resolution can have
-- several roll calls), so a merge would be a guess.
--
-- The conventions of 0001 hold: codes and references are NULL when absent, free text is '' when
-- absent, and enumerations have no CHECK.

CREATE TABLE roll_call (
    id               INTEGER PRIMARY KEY AUTOINCREMENT, -- never reused: user data may point here
    source           TEXT NOT NULL,                     -- rollCallSourceName(): voeten, undl
    source_key       TEXT NOT NULL,                     -- rcid or undl_id, as text
    rcid             INTEGER,                           -- Voeten's roll-call id
    undl_id          TEXT,                              -- the UN Digital Library's record id
    session          TEXT NOT NULL,                     -- "74", "ES-10"
    date             TEXT CHECK (date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    resolution       TEXT,                              -- "A/RES/79/80", "R/1/66"
    draft            TEXT,                              -- "A/C.1/79/L.53/Rev.1"
    committee_report TEXT,                              -- "A/79/416"
    meeting          TEXT,                              -- "A/79/PV.53"
    title            TEXT NOT NULL DEFAULT '',
    agenda_title     TEXT NOT NULL DEFAULT '',
    subjects         TEXT NOT NULL DEFAULT '',          -- the UN's subject headings, as given
    short            TEXT NOT NULL DEFAULT '',          -- Voeten's short description
    descr            TEXT NOT NULL DEFAULT '',          -- Voeten's description
    important        INTEGER CHECK (important IS NULL OR important IN (0, 1)), -- NULL: not coded
    amend            INTEGER CHECK (amend IS NULL OR amend IN (0, 1)),
    para             INTEGER CHECK (para IS NULL OR para IN (0, 1)),
    -- The totals the file states (UNDL), kept beside the rows so that a difference stays visible.
    total_yes        INTEGER,
    total_no         INTEGER,
    total_abstain    INTEGER,
    total_non_voting INTEGER,
    total_members    INTEGER,
    link             TEXT,
    UNIQUE (source, source_key)                         -- also serves finding it on re-import
);
CREATE INDEX roll_call_session ON roll_call (session, date);
CREATE INDEX roll_call_resolution ON roll_call (resolution);

-- Voeten's issue codes and their names: me, nu, di, hr, co, ec.
CREATE TABLE vote_issue (
    code TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL DEFAULT ''
);

CREATE TABLE roll_call_issue (
    roll_call_id INTEGER NOT NULL REFERENCES roll_call (id) ON DELETE CASCADE,
    issue        TEXT NOT NULL REFERENCES vote_issue (code),
    PRIMARY KEY (roll_call_id, issue)
) WITHOUT ROWID;
CREATE INDEX roll_call_issue_issue ON roll_call_issue (issue, roll_call_id);

-- One row per state and roll call, non-voting members included (Voeten's data leaves them out;
-- the import derives them, see rollcalls/voetentables.cpp).
CREATE TABLE roll_call_vote (
    roll_call_id INTEGER NOT NULL REFERENCES roll_call (id) ON DELETE CASCADE,
    entity_code  TEXT NOT NULL REFERENCES entity (code),
    position     TEXT NOT NULL,                -- rollCallPositionName(): yes, no, abstain, non_voting
    vote_note    TEXT NOT NULL DEFAULT '',     -- the UN file's note on the vote, as given
    PRIMARY KEY (roll_call_id, entity_code)    -- also serves reading a roll call's rows
) WITHOUT ROWID;
-- A state's positions across all roll calls (its profile, agreement), from the index alone.
CREATE INDEX roll_call_vote_entity ON roll_call_vote (entity_code, roll_call_id, position);
