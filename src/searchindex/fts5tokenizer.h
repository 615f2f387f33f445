#pragma once

struct sqlite3;
struct fts5_api;

namespace Rapporteur::Search {

// The name the search index's CREATE VIRTUAL TABLE … tokenize= uses.
inline constexpr const char *kTokenizerName = "rapporteur";

// Registers the search tokenizer (searchtokens.h) with the connection's FTS5. Every connection
// that reads or writes paragraphs needs it: the index is kept in step by triggers on paragraph,
// so even an UPDATE of a paragraph tokenizes. Returns an SQLite result code; on failure the
// connection's error message says why.
int registerTokenizer(sqlite3 *db);

// The connection's FTS5 API (null without FTS5), to register tokenizers and functions with.
fts5_api *fts5ApiOf(sqlite3 *db);

} // namespace Rapporteur::Search
