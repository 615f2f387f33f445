#include "fts5rank.h"

#include "fts5tokenizer.h"
#include "rowlengthcache.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <vector>

namespace Rapporteur::Search {

namespace {

// FTS5's bm25() with its default parameters. Every expression below is written as FTS5's
// fts5Bm25Function and fts5Bm25GetData write it (SQLite 3.40), so that each score is the same
// double bm25() returns, not merely close to it: the results and their order must not change.
constexpr double kK1 = 1.2;
constexpr double kB = 0.75;

// What one query needs across its rows: FTS5 keeps it as the function's auxiliary data and
// frees it when the query ends.
// What a deferred ranking (see fts5rank.h) has seen on this connection, kept for rp_bm25_idf().
struct ConnectionTally
{
    bool deferred = false;
    sqlite3_int64 rows = 0;    // rows in the index
    sqlite3_int64 matches = 0; // rows the function was called on
};

// What the functions keep for their connection, from one query to the next.
struct Connection
{
    sqlite3 *db = nullptr;
    ConnectionTally tally;
    RowLengthCache lengths;
};

struct RankState
{
    int k = 0;
    ConnectionTally *tally = nullptr;        // set when the phrase's idf is deferred
    const RowLengthCache *lengths = nullptr; // set when the copy is the index's
    double averageLength = 0;                // avgdl
    std::vector<double> idf;                 // per phrase
    std::vector<double> frequency;
    std::vector<double> best; // the k best scores so far, a min-heap
    // SQLite evaluates the function once in the WHERE and again for the result: the second call
    // for a row repeats the first answer.
    sqlite3_int64 lastRowid = 0;
    bool haveLast = false;
    bool lastIsNull = false;
    double lastScore = 0;
};

void deleteState(void *state)
{
    delete static_cast<RankState *>(state);
}

int countRow(const Fts5ExtensionApi *, Fts5Context *, void *count)
{
    ++*static_cast<sqlite3_int64 *>(count);
    return SQLITE_OK;
}

// A phrase's inverse document frequency, as fts5Bm25GetData computes it.
double idf(sqlite3_int64 rows, sqlite3_int64 hits)
{
    const double value =
        std::log((static_cast<double>(rows - hits) + 0.5) / (static_cast<double>(hits) + 0.5));
    return value <= 0.0 ? 1e-6 : value;
}

// The query's constants, as fts5Bm25GetData computes them.
int prepareState(const Fts5ExtensionApi *api, Fts5Context *fts, RankState &state)
{
    const int phrases = api->xPhraseCount(fts);
    sqlite3_int64 rows = 0;
    sqlite3_int64 tokens = 0;
    int rc = api->xRowCount(fts, &rows);
    if (rc == SQLITE_OK)
        rc = api->xColumnTotalSize(fts, -1, &tokens);
    if (rc != SQLITE_OK)
        return rc;
    state.averageLength = static_cast<double>(tokens) / static_cast<double>(rows);
    state.frequency.assign(static_cast<size_t>(phrases), 0.0);
    if (state.tally && phrases == 1) {
        // The one phrase's rows are the rows this function is called on: count them as they come
        // instead of reading the phrase's whole doclist a second time. Scores are bm25 divided by
        // the idf until rp_bm25_idf() supplies it; the order is the same, idf being one factor.
        *state.tally = ConnectionTally{true, rows, 0};
        state.idf.push_back(1.0);
        return SQLITE_OK;
    }
    if (state.tally)
        state.tally->deferred = false; // rp_bm25_idf() then gives 1.0: nothing was left out
    state.tally = nullptr;
    for (int i = 0; i < phrases; ++i) {
        sqlite3_int64 hits = 0;
        rc = api->xQueryPhrase(fts, i, &hits, countRow);
        if (rc != SQLITE_OK)
            return rc;
        state.idf.push_back(idf(rows, hits));
    }
    return SQLITE_OK;
}

// bm25's score (positive, higher is better) for the current frequencies and a row length.
double score(const RankState &state, double length)
{
    double sum = 0.0;
    for (size_t i = 0; i < state.idf.size(); ++i) {
        sum += state.idf[i] *
               ((state.frequency[i] * (kK1 + 1.0)) /
                (state.frequency[i] + kK1 * (1 - kB + kB * length / state.averageLength)));
    }
    return sum;
}

void answer(sqlite3_context *context, RankState &state, sqlite3_int64 rowid, const double *value)
{
    state.haveLast = true;
    state.lastRowid = rowid;
    state.lastIsNull = value == nullptr;
    if (value) {
        state.lastScore = *value;
        sqlite3_result_double(context, -1.0 * *value); // bm25's sign: lower ranks first
    } else {
        sqlite3_result_null(context);
    }
}

void rank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int argc,
          sqlite3_value **argv)
{
    auto *state = static_cast<RankState *>(api->xGetAuxdata(fts, 0));
    if (!state) {
        state = new RankState;
        state->k = argc > 0 ? sqlite3_value_int(argv[0]) : 0;
        auto *connection = static_cast<Connection *>(api->xUserData(fts));
        if (argc > 1 && sqlite3_value_int(argv[1]) != 0)
            state->tally = &connection->tally;
        // The kept lengths are paragraph_fts's: only a caller ranking that index asks for them.
        if (argc > 2 && sqlite3_value_int(argv[2]) != 0 &&
            connection->lengths.refresh(connection->db))
            state->lengths = &connection->lengths;
        if (const int rc = prepareState(api, fts, *state); rc != SQLITE_OK) {
            delete state;
            sqlite3_result_error_code(context, rc);
            return;
        }
        // On failure FTS5 has already freed the state.
        if (const int rc = api->xSetAuxdata(fts, state, deleteState); rc != SQLITE_OK) {
            sqlite3_result_error_code(context, rc);
            return;
        }
    }
    const sqlite3_int64 rowid = api->xRowid(fts);
    if (state->haveLast && state->lastRowid == rowid) {
        answer(context, *state, rowid, state->lastIsNull ? nullptr : &state->lastScore);
        return;
    }
    if (state->tally)
        ++state->tally->matches;

    std::fill(state->frequency.begin(), state->frequency.end(), 0.0);
    int instances = 0;
    int rc = api->xInstCount(fts, &instances);
    int lastOffset = -1;
    if (rc == SQLITE_OK && state->frequency.size() == 1 && instances > 0) {
        // One phrase: its instances come in position order, so the count and the last one say
        // all the loop below would (a common character has dozens per paragraph).
        int phrase = 0;
        int column = 0;
        rc = api->xInst(fts, instances - 1, &phrase, &column, &lastOffset);
        state->frequency[0] = instances;
        instances = 0;
    }
    for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK) {
            state->frequency[static_cast<size_t>(phrase)] += 1.0;
            lastOffset = std::max(lastOffset, offset);
        }
    }
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }

    const bool pruning = state->k > 0 && state->best.size() >= static_cast<size_t>(state->k);
    // The row holds at least lastOffset + 1 tokens, and the score only falls as the row grows:
    // the score at that length bounds the row's. The margin covers rounding (a relative 1e-9,
    // far above a double's error and far below the bound's slack of at least one token).
    if (pruning &&
        score(*state, static_cast<double>(lastOffset + 1)) * (1 + 1e-9) < state->best.front()) {
        answer(context, *state, rowid, nullptr);
        return;
    }

    int length = state->lengths ? state->lengths->length(rowid) : -1;
    if (length < 0)
        rc = api->xColumnSize(fts, -1, &length);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    const double value = score(*state, static_cast<double>(length));
    if (state->k > 0) {
        auto &best = state->best;
        if (best.size() < static_cast<size_t>(state->k)) {
            best.push_back(value);
            std::push_heap(best.begin(), best.end(), std::greater<>());
        } else if (value > best.front()) {
            std::pop_heap(best.begin(), best.end(), std::greater<>());
            best.back() = value;
            std::push_heap(best.begin(), best.end(), std::greater<>());
        } else if (value < best.front()) {
            answer(context, *state, rowid, nullptr); // k rows already beat it
            return;
        }
        // Equal to the k-th best: kept, the rowid decides between them.
    }
    answer(context, *state, rowid, &value);
}

void deleteConnection(void *connection)
{
    delete static_cast<Connection *>(connection);
}

// rp_bm25_idf(): the idf the last deferred ranking left out, 1.0 when it left nothing out.
void deferredIdf(sqlite3_context *context, int, sqlite3_value **)
{
    const ConnectionTally &tally =
        static_cast<const Connection *>(sqlite3_user_data(context))->tally;
    sqlite3_result_double(context, tally.deferred ? idf(tally.rows, tally.matches) : 1.0);
}

} // namespace

int registerRankFunction(sqlite3 *db)
{
    fts5_api *api = fts5ApiOf(db);
    if (!api)
        return SQLITE_ERROR;
    // One per connection, shared by the two functions; FTS5 frees it with the connection.
    auto *connection = new Connection;
    connection->db = db;
    int rc = sqlite3_create_function_v2(db, kIdfFunctionName, 0, SQLITE_UTF8, connection,
                                        deferredIdf, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        delete connection;
        return rc;
    }
    return api->xCreateFunction(api, kRankFunctionName, connection, rank, deleteConnection);
}

} // namespace Rapporteur::Search
