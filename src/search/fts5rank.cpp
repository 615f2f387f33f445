#include "fts5rank.h"

#include "fts5tokenizer.h"

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
struct RankState
{
    int k = 0;
    double averageLength = 0; // avgdl
    std::vector<double> idf;  // per phrase
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
    for (int i = 0; i < phrases; ++i) {
        sqlite3_int64 hits = 0;
        rc = api->xQueryPhrase(fts, i, &hits, countRow);
        if (rc != SQLITE_OK)
            return rc;
        double idf =
            std::log((static_cast<double>(rows - hits) + 0.5) / (static_cast<double>(hits) + 0.5));
        if (idf <= 0.0)
            idf = 1e-6;
        state.idf.push_back(idf);
    }
    state.frequency.assign(static_cast<size_t>(phrases), 0.0);
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

    std::fill(state->frequency.begin(), state->frequency.end(), 0.0);
    int instances = 0;
    int rc = api->xInstCount(fts, &instances);
    int lastOffset = -1;
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

    int length = 0;
    if (rc = api->xColumnSize(fts, -1, &length); rc != SQLITE_OK) {
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

} // namespace

int registerRankFunction(sqlite3 *db)
{
    fts5_api *api = fts5ApiOf(db);
    if (!api)
        return SQLITE_ERROR;
    return api->xCreateFunction(api, kRankFunctionName, nullptr, rank, nullptr);
}

} // namespace Rapporteur::Search
