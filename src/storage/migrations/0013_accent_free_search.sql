-- 0013: search keys leave Latin accents out (issue 16, English documents): "cote" finds Côte
-- d'Ivoire, "turkiye" Türkiye, as names already matched (Text::matchingKey). The tokenizer's keys
-- changed, so every full-text index is built again from its text; until then an index would hold
-- keys that the tokenizer no longer makes, and could not forget a row ('delete' retokenizes the
-- old text).
INSERT INTO paragraph_fts (paragraph_fts) VALUES ('rebuild');
INSERT INTO table_cell_fts (table_cell_fts) VALUES ('rebuild');
-- Contentless: emptied, then given every footnote again, as its triggers would (0008).
INSERT INTO footnote_fts (footnote_fts) VALUES ('delete-all');
INSERT INTO footnote_fts (rowid, text)
SELECT paragraph_id * 1024 + ordinal, text FROM footnote WHERE ordinal BETWEEN 0 AND 1023;
