-- 0007: groups of states that users add for the voting-bloc analysis (issue 8), beside the
-- built-in ones of data/groups.tsv (the UN regional groups, the European Union), which live in
-- the program and never in the database.
--
-- * Members are entity codes (data/entities.tsv), not ids: entities are compiled into the
--   program, not stored, and a code is what the CLI and the JSON name a state by.
-- * The name is unique without regard to case, as the CLI finds a group by its name in any
--   case; that it does not clash with a built-in group's names is checked by the program
--   (src/blocs/groupcatalog.cpp), which knows them.
-- * Nothing an import does touches these tables: a group is the user's, never derived.

CREATE TABLE user_group (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    name       TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(name) <> ''),
    name_zh    TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL -- ISO 8601 UTC
);

CREATE TABLE user_group_member (
    group_id    INTEGER NOT NULL REFERENCES user_group (id) ON DELETE CASCADE,
    entity_code TEXT NOT NULL CHECK (entity_code <> ''),
    ordinal     INTEGER NOT NULL, -- the order the user gave
    PRIMARY KEY (group_id, entity_code)
) WITHOUT ROWID;
