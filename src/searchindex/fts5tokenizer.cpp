#include "fts5tokenizer.h"

#include "searchtokens.h"

#include <sqlite3.h>

#include <string_view>

namespace Rapporteur::Search {

namespace {

// The tokenizer has no settings, so every table shares one instance and FTS5 is handed its
// address; xDelete has nothing to free.
struct TokenizerInstance
{
};
TokenizerInstance g_instance;

int create(void *, const char **, int argumentCount, Fts5Tokenizer **out)
{
    if (argumentCount != 0)
        return SQLITE_ERROR; // no options: a table asking for some was made for another program
    *out = reinterpret_cast<Fts5Tokenizer *>(&g_instance);
    return SQLITE_OK;
}

void destroy(Fts5Tokenizer *) {}

// What tokenizeText hands the token callback: FTS5's own callback and context, and its answer.
struct Fts5Sink
{
    void *context = nullptr;
    int (*token)(void *, int, const char *, int, int, int) = nullptr;
    int rc = SQLITE_OK;
};

bool passToken(void *sink, const SearchToken &t)
{
    auto *s = static_cast<Fts5Sink *>(sink);
    s->rc = s->token(s->context, t.colocated ? FTS5_TOKEN_COLOCATED : 0, t.key.data(),
                     static_cast<int>(t.key.size()), t.start, t.end);
    return s->rc == SQLITE_OK;
}

int tokenizeText(Fts5Tokenizer *, void *context, int flags, const char *text, int length,
                 int (*token)(void *, int, const char *, int, int, int))
{
    // Auxiliary functions (highlight, snippet) must see the positions the document has.
    const TokenizeMode mode =
        (flags & FTS5_TOKENIZE_QUERY) != 0 ? TokenizeMode::Query : TokenizeMode::Document;
    Fts5Sink sink{context, token};
    tokenize(std::string_view(text, length > 0 ? static_cast<size_t>(length) : 0), mode, passToken,
             &sink);
    return sink.rc;
}

} // namespace

fts5_api *fts5ApiOf(sqlite3 *db)
{
    // SQLite's documented way to reach the FTS5 API of a connection: a pointer bound as a
    // parameter of SELECT fts5(?1).
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    return api;
}

int registerTokenizer(sqlite3 *db)
{
    fts5_api *api = fts5ApiOf(db);
    if (!api || api->iVersion < 2)
        return SQLITE_ERROR; // an SQLite without FTS5
    fts5_tokenizer tokenizer{create, destroy, tokenizeText};
    return api->xCreateTokenizer(api, kTokenizerName, nullptr, &tokenizer, nullptr);
}

} // namespace Rapporteur::Search
