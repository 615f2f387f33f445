#pragma once

struct sqlite3;

namespace Rapporteur::Search {

// The name of the ranking function below, as SQL calls it:
// rp_bm25(fts_table, k [, defer [, paragraph_lengths]]).
inline constexpr const char *kRankFunctionName = "rp_bm25";
// rp_bm25_idf(): what a deferred ranking's scores are still to be multiplied by (see below).
inline constexpr const char *kIdfFunctionName = "rp_bm25_idf";

// Registers rp_bm25 with the connection's FTS5, an auxiliary function that ranks exactly as
// FTS5's bm25() (same formula, same parameters, the same double for every row it scores) but
// knows that only the best k rows will be kept, so that it can leave the others unscored:
//
//   SELECT rowid, rp_bm25(paragraph_fts, 20) AS score FROM paragraph_fts
//   WHERE paragraph_fts MATCH ?1 AND score IS NOT NULL ORDER BY score, rowid LIMIT 20
//
// Most of bm25's cost is each row's length, read from the index's docsize table row by row; the
// term frequencies come with the match. A row's position list bounds its length from below (it
// is longer than its last hit's offset), which bounds its score from above. Once k rows are
// scored, a row whose bound is below the k-th best score so far cannot be among the best k: it
// gets NULL without its length being read, as does a scored row below the k-th best. So the
// rows that are not NULL hold the best k by (score, rowid), with bm25's own values.
//
// With defer = 1 and a query of one phrase, the phrase's idf is left out of the scores: bm25
// reads the phrase's whole doclist once more to count its rows (xQueryPhrase), which for a
// common character cost as much as the match itself, while the rows the function is called on
// are those very rows. The order is the same (the idf is one positive factor); once the query has
// run, `SELECT rp_bm25_idf()` gives the factor computed from the rows it counted, and each score
// times it is bm25's own value. This needs the function called on every matching row, so no
// filter may hide rows from it (a CASE WHEN around it). Other queries ignore defer, and
// rp_bm25_idf() then gives 1.0.
//
// With paragraph_lengths = 1 the rows' lengths come from the copy of paragraph_fts's lengths
// the connection keeps (rowlengthcache.h) instead of a lookup per row; only for paragraph_fts,
// since another index's rowids name other rows.
//
// k < 1 scores every row (plain bm25, never NULL). The best k are those of the rows the function
// is called on: it must see only rows that are candidates (no other condition in the WHERE that
// SQLite might test after it).
int registerRankFunction(sqlite3 *db);

} // namespace Rapporteur::Search
