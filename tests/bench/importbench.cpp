// Import speed against references measured in the same run (see docs/performance.md).
//
// Text import of the sample report (decode, layout, reflow, segmentation, storage in one
// transaction) against the reference the issue sets: a raw ICU word-break pass over the same
// text, measured in the same process. The counter "x_icu" is the import's mean time divided by
// the ICU pass's median time: machine speed cancels out.
#include "storage/database.h"
#include "workflow/importer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <unicode/brkiter.h>
#include <unicode/locid.h>

#include <algorithm>
#include <chrono>
#include <memory>
#include <vector>

using namespace Rapporteur;

namespace {

const QString kReport = QStringLiteral(RAPPORTEUR_CORPUS_DIR "/A-77-96.zh.txt");

QString reportText()
{
    QFile f(kReport);
    f.open(QIODevice::ReadOnly);
    return QString::fromUtf8(f.readAll());
}

// Iterates every word boundary of the text, as a tokenizer would.
int64_t icuWordPass(icu::BreakIterator &it, const QString &text)
{
    const icu::UnicodeString alias(false, reinterpret_cast<const UChar *>(text.utf16()),
                                   static_cast<int32_t>(text.size()));
    it.setText(alias);
    int64_t words = 0;
    for (int32_t b = it.first(); b != icu::BreakIterator::DONE; b = it.next())
        ++words;
    return words;
}

std::unique_ptr<icu::BreakIterator> wordIterator()
{
    UErrorCode status = U_ZERO_ERROR;
    return std::unique_ptr<icu::BreakIterator>(
        icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), status));
}

double icuMedianSeconds()
{
    static const double median = [] {
        const QString text = reportText();
        auto it = wordIterator();
        icuWordPass(*it, text); // the first pass loads the dictionary
        std::vector<double> runs;
        for (int i = 0; i < 21; ++i) {
            const auto start = std::chrono::steady_clock::now();
            benchmark::DoNotOptimize(icuWordPass(*it, text));
            runs.push_back(
                std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        }
        std::nth_element(runs.begin(), runs.begin() + 10, runs.end());
        return runs[10];
    }();
    return median;
}

void BM_IcuWordBreak(benchmark::State &state)
{
    const QString text = reportText();
    auto it = wordIterator();
    icuWordPass(*it, text);
    for (auto _ : state)
        benchmark::DoNotOptimize(icuWordPass(*it, text));
    state.counters["chars"] = static_cast<double>(text.size());
}
BENCHMARK(BM_IcuWordBreak)->Unit(benchmark::kMillisecond);

// Imports `file` into a new database file per iteration (opened outside the timing) and returns
// the mean wall time of the imports, or -1 after reporting an error.
double meanImportSeconds(benchmark::State &state, const QString &file)
{
    QTemporaryDir dir;
    NullProgress progress;
    CancelToken cancel;
    double total = 0;
    int runs = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QString path = dir.filePath(QStringLiteral("bench-%1.sqlite").arg(runs));
        auto db = std::move(Storage::Database::open(path)).value();
        state.ResumeTiming();
        const auto start = std::chrono::steady_clock::now();
        const QList<Workflow::ImportRequest> requests{{file, {}, {}}};
        auto result = Workflow::importFiles(*db, requests, progress, cancel);
        total += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        ++runs;
        if (!result) {
            state.SkipWithError(result.error().userMessage.toUtf8().constData());
            return -1;
        }
    }
    return runs > 0 ? total / runs : -1;
}

void BM_TextImport(benchmark::State &state)
{
    const double icu = icuMedianSeconds();
    if (const double mean = meanImportSeconds(state, kReport); mean > 0)
        state.counters["x_icu"] = mean / icu;
}
BENCHMARK(BM_TextImport)->Unit(benchmark::kMillisecond);

// PDF import of the sample report, laid out by tests/pdfgen, against Poppler's own pdftotext on
// the same file. pdftotext is timed as a process (it is one); so is nothing of ours, so the
// import's figure leaves out our start-up, which is small beside a process's.
const QString kReportPdf = QStringLiteral(RAPPORTEUR_GENERATED_DIR "/A-77-96.zh.pdf");

double runPdftotext(const QString &out)
{
    const auto start = std::chrono::steady_clock::now();
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {kReportPdf, out});
    p.waitForFinished(-1);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0 ? seconds : -1;
}

double pdftotextMedianSeconds()
{
    static const double median = [] {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.txt"));
        runPdftotext(out); // warm the file cache
        std::vector<double> runs;
        for (int i = 0; i < 11; ++i)
            runs.push_back(runPdftotext(out));
        std::nth_element(runs.begin(), runs.begin() + 5, runs.end());
        return runs[5];
    }();
    return median;
}

void BM_Pdftotext(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.txt"));
    for (auto _ : state) {
        if (runPdftotext(out) < 0) {
            state.SkipWithError("pdftotext failed (is poppler-utils installed?)");
            break;
        }
    }
}
BENCHMARK(BM_Pdftotext)->Unit(benchmark::kMillisecond)->UseRealTime();

// Reading and segmenting the PDF (what pdftotext does, and more), then the same plus storage.
void BM_PdfRead(benchmark::State &state)
{
    const double reference = pdftotextMedianSeconds();
    NullProgress progress;
    CancelToken cancel;
    double total = 0;
    int runs = 0;
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        auto prepared = Workflow::prepareImport({kReportPdf, {}, {}}, progress, cancel);
        total += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        ++runs;
        if (!prepared) {
            state.SkipWithError(prepared.error().userMessage.toUtf8().constData());
            break;
        }
    }
    if (runs > 0 && reference > 0)
        state.counters["x_pdftotext"] = (total / runs) / reference;
}
BENCHMARK(BM_PdfRead)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_PdfImport(benchmark::State &state)
{
    const double reference = pdftotextMedianSeconds();
    if (const double mean = meanImportSeconds(state, kReportPdf); mean > 0 && reference > 0)
        state.counters["x_pdftotext"] = mean / reference;
}
BENCHMARK(BM_PdfImport)->Unit(benchmark::kMillisecond)->UseRealTime();

#ifdef RAPPORTEUR_REAL_CORPUS
// The real UN PDFs of ../shared/corpus/real, each imported (read, layout, notes, segmentation,
// storage) against pdftotext on the same file in the same run. "x_pdftotext" is the page-weighted
// mean of the per-file ratios (issue 15's aim: at most 1.3); "x_<file>" each file's ratio.
struct RealPdf
{
    QString path;
    int pages = 0;
    double pdftotext = 0; // median seconds
};

double pdftotextSeconds(const QString &pdf, const QString &out)
{
    const auto start = std::chrono::steady_clock::now();
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, out});
    p.waitForFinished(-1);
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

const QList<RealPdf> &realPdfs()
{
    static const QList<RealPdf> pdfs = [] {
        QList<RealPdf> found;
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.txt"));
        const QDir corpus(QStringLiteral(RAPPORTEUR_REAL_CORPUS));
        for (const QString &name : corpus.entryList({QStringLiteral("*.pdf")}, QDir::Files)) {
            NullProgress progress;
            CancelToken cancel;
            const QString path = corpus.filePath(name);
            auto prepared = Workflow::prepareImport({path, {}, {}}, progress, cancel);
            if (!prepared)
                continue; // the image-only scan: refused, nothing to time
            std::vector<double> runs;
            pdftotextSeconds(path, out); // warm the file cache
            for (int i = 0; i < 5; ++i)
                runs.push_back(pdftotextSeconds(path, out));
            std::nth_element(runs.begin(), runs.begin() + 2, runs.end());
            found.append({path, prepared->document.pageCount, runs[2]});
        }
        return found;
    }();
    return pdfs;
}

void BM_RealPdfImport(benchmark::State &state)
{
    const QList<RealPdf> &pdfs = realPdfs();
    NullProgress progress;
    CancelToken cancel;
    QTemporaryDir dir;
    std::vector<double> total(static_cast<std::size_t>(pdfs.size()), 0.0);
    int runs = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto db = std::move(Storage::Database::open(
                                dir.filePath(QStringLiteral("real-%1.sqlite").arg(runs))))
                      .value();
        state.ResumeTiming();
        for (qsizetype i = 0; i < pdfs.size(); ++i) {
            const auto start = std::chrono::steady_clock::now();
            auto result = Workflow::importFiles(*db, {{pdfs[i].path, {}, {}}}, progress, cancel);
            total[static_cast<std::size_t>(i)] +=
                std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            if (!result) {
                state.SkipWithError(result.error().userMessage.toUtf8().constData());
                return;
            }
        }
        ++runs;
    }
    double weighted = 0;
    int pages = 0;
    for (qsizetype i = 0; i < pdfs.size(); ++i) {
        const double ratio = total[static_cast<std::size_t>(i)] / runs / pdfs[i].pdftotext;
        state.counters["x_" + QFileInfo(pdfs[i].path).completeBaseName().toStdString()] = ratio;
        weighted += ratio * pdfs[i].pages;
        pages += pdfs[i].pages;
    }
    if (pages > 0)
        state.counters["x_pdftotext"] = weighted / pages;
    state.counters["pages"] = pages;
}
BENCHMARK(BM_RealPdfImport)->Unit(benchmark::kMillisecond)->UseRealTime();
#endif

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
