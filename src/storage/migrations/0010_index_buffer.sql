-- 0010: how much each full-text index gathers in memory before it writes a segment (issue 14,
-- large imports).
--
-- FTS5 keeps the tokens of a transaction in memory and writes them out as a new segment when they
-- pass `hashsize` (1 MB by default), then merges segments as they pile up. A 200 MB text makes
-- about a gigabyte of token data, so with 1 MB it wrote a thousand small segments and merged each
-- token several times over: storing grew faster than the text. At 16 MB the segments are sixteen
-- times fewer and the merging correspondingly less (200 MB: 109 s → 68 s; 2 MB unchanged; see
-- docs/performance.md, "Large text imports"). Larger buffers measured slower again. The memory is
-- taken only while a large import writes, and given back at its end.
--
-- The value is stored in each index's own configuration table, so every connection (and every
-- program that opens the file with our tokenizer) uses it.
INSERT INTO paragraph_fts (paragraph_fts, rank) VALUES ('hashsize', 16777216);
INSERT INTO footnote_fts (footnote_fts, rank) VALUES ('hashsize', 16777216);
