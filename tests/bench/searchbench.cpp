// Search speed and index size on a corpus scaled from the samples (see docs/performance.md).
//
// The corpus is built when the benchmark starts: both sample documents are imported through the
// workflow, then their paragraphs are copied under new documents (BENCH/1, BENCH/2, ...) in one
// transaction until the paragraph text passes kTargetBytes of UTF-8; the index triggers index
// every copy as an import would. Queries of 1, 2 and 4 Chinese characters are timed one by one
// (p50 and p95 over all runs) three ways, in the same process:
//   BM_Search    what `search QUERY` does: bm25-ranked top 20 with snippets;
//   BM_MatchIds  every matching paragraph id from the index (the scan's output);
//   BM_Scan      every paragraph id whose text contains the query (instr over the table).
// x_scan is the scan's p50 for the same queries divided by the benchmark's own p50.
#include "search/search.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "workflow/importer.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <vector>

using namespace Rapporteur;

namespace {

constexpr qint64 kTargetBytes = 50LL * 1024 * 1024;

// A handful of queries per length, all present in the samples, from very common (国 is in three
// paragraphs of four) to rare.
const std::map<int, std::vector<QString>> kQueries{
    {1,
     {QStringLiteral("国"), QStringLiteral("制"), QStringLiteral("武"), QStringLiteral("核"),
      QStringLiteral("贸")}},
    {2,
     {QStringLiteral("出口"), QStringLiteral("条约"), QStringLiteral("中国"),
      QStringLiteral("核武"), QStringLiteral("制裁")}},
    {4,
     {QStringLiteral("和平利用"), QStringLiteral("出口管制"), QStringLiteral("国际合作"),
      QStringLiteral("安全理事"), QStringLiteral("技术转让")}},
};

struct ScaledCorpus
{
    QTemporaryDir dir;
    std::unique_ptr<Storage::Database> db;
    qint64 textBytes = 0;
    qint64 paragraphs = 0;
    qint64 sampleTextBytes = 0; // the two samples alone, before copying
    qint64 sampleIndexBytes = 0;
    double indexingSeconds = 0;
    QString error;
};

qint64 queryInt64(Storage::Database &db, const char *sql)
{
    auto statement = Storage::Statement::prepare(db, sql);
    if (!statement || !statement->step().ok())
        return -1;
    return statement->columnInt64(0);
}

// The pages of the index's shadow tables (dbstat counts whole pages, free space included).
qint64 indexBytes(Storage::Database &db)
{
    return queryInt64(db, "SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'paragraph_fts%'");
}

QString buildCorpus(ScaledCorpus &c)
{
    auto db = Storage::Database::open(c.dir.filePath(QStringLiteral("scaled.sqlite")));
    if (!db)
        return db.error().userMessage;
    c.db = std::move(db).value();
    NullProgress progress;
    CancelToken cancel;
    const QList<Workflow::ImportRequest> samples{
        {QStringLiteral(RAPPORTEUR_CORPUS_DIR "/A-77-96.zh.txt"), {}, {}},
        {QStringLiteral(RAPPORTEUR_CORPUS_DIR "/first-committee-79-item-106-report.zh.txt"),
         QStringLiteral("A/79/416"),
         {}}};
    if (auto imported = Workflow::importFiles(*c.db, samples, progress, cancel); !imported)
        return imported.error().userMessage;
    const qint64 sampleBytes =
        queryInt64(*c.db, "SELECT sum(length(CAST(text AS BLOB))) FROM paragraph");
    c.sampleTextBytes = sampleBytes;
    c.sampleIndexBytes = indexBytes(*c.db);
    const auto start = std::chrono::steady_clock::now();
    if (!c.db->exec("BEGIN").ok())
        return QStringLiteral("BEGIN failed");
    // Copies keep kind, section, page and submission (so entity filters still apply); ordinal and
    // key get the source document folded in to stay unique in the copy.
    auto document = Storage::Statement::prepare(
        *c.db, "INSERT INTO document (symbol, content_hash, imported_at) "
               "VALUES ('BENCH/' || ?1, 'bench', '2024-01-01T00:00:00Z')");
    auto copy = Storage::Statement::prepare(*c.db, R"(
        INSERT INTO paragraph (document_id, submission_id, ordinal, key, kind, section, page, text)
        SELECT ?1, submission_id, document_id * 1000000 + ordinal, key || '@' || document_id,
               kind, section, page, text
        FROM paragraph WHERE document_id IN (SELECT id FROM document WHERE content_hash <> 'bench'))");
    if (!document || !copy)
        return QStringLiteral("prepare failed");
    for (int n = 1; sampleBytes > 0 && sampleBytes * n < kTargetBytes; ++n) {
        document->bind(1, n);
        if (!document->run().ok())
            return c.db->error(QStringLiteral("copy")).detail;
        copy->bind(1, c.db->lastInsertRowId());
        if (!copy->run().ok())
            return c.db->error(QStringLiteral("copy")).detail;
    }
    if (!c.db->exec("COMMIT").ok())
        return QStringLiteral("COMMIT failed");
    c.indexingSeconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    c.textBytes = queryInt64(*c.db, "SELECT sum(length(CAST(text AS BLOB))) FROM paragraph");
    c.paragraphs = queryInt64(*c.db, "SELECT count(*) FROM paragraph");
    return {};
}

ScaledCorpus &corpus()
{
    static ScaledCorpus *c = [] {
        auto *made = new ScaledCorpus;
        made->error = buildCorpus(*made);
        std::fprintf(stderr,
                     "scaled corpus: %lld paragraphs, %.1f MB of text, %.1f s to copy and index\n",
                     static_cast<long long>(made->paragraphs),
                     static_cast<double>(made->textBytes) / 1e6, made->indexingSeconds);
        return made;
    }();
    return *c;
}

// The paragraph ids a statement returns for one bound query string.
qint64 countRows(Storage::Statement &statement, const QString &query)
{
    statement.reset();
    statement.bind(1, query);
    qint64 rows = 0;
    for (auto row = statement.step(); row && *row; row = statement.step())
        ++rows;
    return rows;
}

using QueryRunner = std::function<qint64(const QString &)>; // returns the rows it found

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    const auto k = static_cast<size_t>(p * static_cast<double>(v.size() - 1) + 0.5);
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(k), v.end());
    return v[k];
}

// Times every query of the class once per iteration round-robin; reports percentiles in ms.
struct Timings
{
    std::vector<double> seconds;
    double rows = 0;
};

Timings timeQueries(benchmark::State *state, int length, const QueryRunner &run, int rounds)
{
    const auto &queries = kQueries.at(length);
    Timings t;
    size_t i = 0;
    auto once = [&] {
        const QString &q = queries[i++ % queries.size()];
        const auto start = std::chrono::steady_clock::now();
        t.rows += static_cast<double>(run(q));
        t.seconds.push_back(
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    };
    if (state) {
        for (auto _ : *state)
            once();
    } else {
        for (int r = 0; r < rounds * static_cast<int>(queries.size()); ++r)
            once();
    }
    t.rows /= static_cast<double>(std::max<size_t>(1, t.seconds.size()));
    return t;
}

qint64 scanRows(const QString &query)
{
    static auto scan = Storage::Statement::prepare(
        *corpus().db, "SELECT id FROM paragraph WHERE instr(text, ?1) > 0");
    return countRows(*scan, query);
}

// The scan's p50 for a class, measured once (3 rounds over its queries) for the ratios.
double scanP50(int length)
{
    static std::map<int, double> cache;
    if (!cache.count(length))
        cache[length] = percentile(timeQueries(nullptr, length, scanRows, 3).seconds, 0.5);
    return cache[length];
}

void report(benchmark::State &state, const Timings &t, int length, bool withRatio)
{
    state.counters["p50_ms"] = percentile(t.seconds, 0.5) * 1e3;
    state.counters["p95_ms"] = percentile(t.seconds, 0.95) * 1e3;
    state.counters["rows"] = t.rows;
    if (withRatio)
        state.counters["x_scan"] = scanP50(length) / percentile(t.seconds, 0.5);
}

bool ready(benchmark::State &state)
{
    if (!corpus().error.isEmpty())
        state.SkipWithError(corpus().error.toUtf8().constData());
    return corpus().error.isEmpty();
}

void BM_Search(benchmark::State &state)
{
    if (!ready(state))
        return;
    const int length = static_cast<int>(state.range(0));
    const QueryRunner run = [](const QString &q) -> qint64 {
        auto hits = Search::search(*corpus().db, q, {}, {}, 20);
        return hits ? hits->size() : -1;
    };
    report(state, timeQueries(&state, length, run, 0), length, true);
}
BENCHMARK(BM_Search)->Arg(1)->Arg(2)->Arg(4)->Unit(benchmark::kMillisecond)->Iterations(50);

// The first ranked search on a new connection, which also reads every paragraph's length into
// rp_bm25's copy (searchindex/rowlengthcache.h): what a search costs right after opening the database
// or after an import. Each iteration opens the scaled corpus again and searches for 国 once.
void BM_FirstSearch(benchmark::State &state)
{
    if (!ready(state))
        return;
    const QString path = corpus().dir.filePath(QStringLiteral("scaled.sqlite"));
    std::vector<double> seconds;
    for (auto _ : state) {
        state.PauseTiming();
        auto db = Storage::Database::open(path);
        state.ResumeTiming();
        if (!db) {
            state.SkipWithError("open failed");
            return;
        }
        const auto start = std::chrono::steady_clock::now();
        auto hits = Search::search(**db, QStringLiteral("国"), {}, {}, 20);
        seconds.push_back(
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        benchmark::DoNotOptimize(hits);
    }
    state.counters["p50_ms"] = percentile(seconds, 0.5) * 1e3;
}
BENCHMARK(BM_FirstSearch)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_MatchIds(benchmark::State &state)
{
    if (!ready(state))
        return;
    const int length = static_cast<int>(state.range(0));
    auto ids = Storage::Statement::prepare(
        *corpus().db, "SELECT rowid FROM paragraph_fts WHERE paragraph_fts MATCH ?1");
    const QueryRunner run = [&](const QString &q) {
        return countRows(*ids, Search::parseQuery(q).fts);
    };
    report(state, timeQueries(&state, length, run, 0), length, true);
}
BENCHMARK(BM_MatchIds)->Arg(1)->Arg(2)->Arg(4)->Unit(benchmark::kMillisecond)->Iterations(50);

void BM_Scan(benchmark::State &state)
{
    if (!ready(state))
        return;
    const int length = static_cast<int>(state.range(0));
    report(state, timeQueries(&state, length, scanRows, 0), length, false);
}
BENCHMARK(BM_Scan)->Arg(1)->Arg(2)->Arg(4)->Unit(benchmark::kMillisecond)->Iterations(10);

// Pages of the index (FTS5's shadow tables) against the bytes of paragraph text, at 50 MB and on
// the samples alone; `terms` is the number of distinct index terms (bigrams, unigrams, words).
void BM_IndexSize(benchmark::State &state)
{
    if (!ready(state))
        return;
    ScaledCorpus &c = corpus();
    qint64 bytes = 0;
    for (auto _ : state)
        bytes = indexBytes(*c.db);
    if (!c.db->exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.bench_vocab "
                    "USING fts5vocab(main, paragraph_fts, 'row')")
             .ok())
        state.SkipWithError("fts5vocab is not available");
    state.counters["terms"] =
        static_cast<double>(queryInt64(*c.db, "SELECT count(*) FROM temp.bench_vocab"));
    state.counters["text_MB"] = static_cast<double>(c.textBytes) / 1e6;
    state.counters["index_MB"] = static_cast<double>(bytes) / 1e6;
    state.counters["x_text"] = static_cast<double>(bytes) / static_cast<double>(c.textBytes);
    state.counters["x_text_samples"] =
        static_cast<double>(c.sampleIndexBytes) / static_cast<double>(c.sampleTextBytes);
    state.counters["paragraphs"] = static_cast<double>(c.paragraphs);
    state.counters["index_MB_per_s"] = static_cast<double>(c.textBytes) / 1e6 / c.indexingSeconds;
}
BENCHMARK(BM_IndexSize)->Iterations(1)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
