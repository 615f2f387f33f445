// Two language versions of one document in the GUI: the corpus tree shows each version with its
// own submissions, the Versions tab reads a submission beside its translation row by row, and a
// side-by-side column can hold a state's English beside another's Chinese.
#include "samplecorpus.h"
#include "testsupport.h"

#include "common/progress.h"
#include "gui/compare/comparisoncolumn.h"
#include "gui/corpus/corpuspanel.h"
#include "gui/corpus/corpustreemodel.h"
#include "gui/reader/parallelreadingmodel.h"
#include "gui/reader/parallelreadingview.h"
#include "gui/window/mainwindow.h"
#include "storage/database.h"
#include "workflow/importer.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace Rapporteur;
using Gui::ParallelReadingModel;
using Gui::ParallelReadingView;
using Test::SampleCorpus;

namespace {

constexpr int kTimeoutMs = 15'000;
const QString kSymbol = QStringLiteral("A/77/999");

// Our compilation fixture in Chinese, then in English, under one symbol.
class ParallelReading : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        auto db = Storage::Database::open(path());
        ASSERT_TRUE(db);
        NullProgress progress;
        CancelToken cancel;
        QList<Workflow::ImportRequest> requests;
        for (const char *fixture :
             {"compilation-small-translated.zh.txt", "compilation-small.en.txt"})
            requests.append(
                {Rapporteur::Test::fixturePath(QString::fromLatin1(fixture)), kSymbol, {}});
        ASSERT_TRUE(Workflow::importFiles(**db, requests, progress, cancel));
    }
    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }
    static QString path() { return s_dir->filePath(QStringLiteral("versions.sqlite")); }

    // The submission of `code` in the version in `language`.
    static qint64 submissionOf(const QString &code, const QString &language)
    {
        for (const auto &s : SampleCorpus::submissions(path())) {
            if (s.entity && s.entity->code == code && s.documentLanguage == language)
                return s.id;
        }
        return 0;
    }

    static inline QTemporaryDir *s_dir = nullptr;
};

bool waitShown(ParallelReadingView &view, const std::function<void()> &ask)
{
    QSignalSpy shown(&view, &ParallelReadingView::versionsShown);
    ask();
    return shown.wait(kTimeoutMs);
}

} // namespace

TEST_F(ParallelReading, TheTreeShowsEachVersionWithItsOwnSubmissions)
{
    Gui::CorpusTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCorpus(SampleCorpus::documents(path()), SampleCorpus::submissions(path()));
    ASSERT_EQ(model.rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        const QModelIndex document = model.index(row, 0);
        const auto *record = model.document(document);
        ASSERT_NE(record, nullptr);
        EXPECT_EQ(record->symbol, kSymbol);
        int submissions = 0;
        // Submissions stand under their section nodes.
        for (int i = 0; i < model.rowCount(document); ++i) {
            const QModelIndex child = model.index(i, 0, document);
            if (const auto *s = model.submission(child)) {
                EXPECT_EQ(s->documentLanguage, record->language);
                ++submissions;
            }
            for (int j = 0; j < model.rowCount(child); ++j) {
                const auto *s = model.submission(model.index(j, 0, child));
                ASSERT_NE(s, nullptr);
                EXPECT_EQ(s->documentLanguage, record->language);
                ++submissions;
            }
        }
        EXPECT_EQ(submissions, 12) << record->language.toStdString();
    }
    EXPECT_EQ(model.document(model.indexOfDocument(kSymbol, QStringLiteral("en")))->language,
              QStringLiteral("en"));
    EXPECT_EQ(model.document(model.indexOfDocument(kSymbol))->language, QStringLiteral("zh"));
}

TEST_F(ParallelReading, ASubmissionIsReadBesideItsTranslationRowByRow)
{
    ParallelReadingView view;
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    const qint64 australia = submissionOf(QStringLiteral("AUS"), QStringLiteral("zh"));
    ASSERT_NE(australia, 0);
    ASSERT_TRUE(waitShown(view, [&] { view.showVersions(path(), kSymbol, australia); }));
    const ParallelReadingModel &model = *view.model();
    EXPECT_EQ(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Chinese (zh)"));
    EXPECT_EQ(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("English (en)"));
    EXPECT_TRUE(view.title().contains(QStringLiteral("澳大利亚"))) << view.title().toStdString();
    // The Chinese splits the first English paragraph in two: both face it.
    ASSERT_EQ(model.rowCount(), 4);
    EXPECT_TRUE(model.index(0, 0).data().toString().startsWith(QStringLiteral("澳大利亚认为")));
    EXPECT_TRUE(model.index(1, 0).data().toString().startsWith(QStringLiteral("出口管制并不妨碍")));
    EXPECT_EQ(model.index(0, 1).data(), model.index(1, 1).data());
    // … and stands once, over both rows.
    EXPECT_EQ(view.table()->rowSpan(0, 1), 2);
    EXPECT_EQ(view.table()->rowSpan(0, 0), 1);
    EXPECT_EQ(view.table()->rowSpan(2, 1), 1);
    EXPECT_TRUE(
        model.index(0, 1).data().toString().startsWith(QStringLiteral("Australia considers")));
    EXPECT_EQ(model.index(2, 0).data().toString(), QStringLiteral("出口管制"));
    EXPECT_EQ(model.index(2, 1).data().toString(), QStringLiteral("Export controls"));

    // From the English side, the same state's Chinese is the other column.
    const qint64 english = submissionOf(QStringLiteral("CIV"), QStringLiteral("en"));
    ASSERT_TRUE(waitShown(view, [&] { view.showVersions(path(), kSymbol, english); }));
    EXPECT_EQ(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("English (en)"));
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(
        model.index(0, 0).data().toString(),
        QStringLiteral("Côte d'Ivoire calls for capacity-building for developing countries."));
    EXPECT_EQ(model.index(0, 1).data().toString(),
              QStringLiteral("科特迪瓦呼吁为发展中国家开展能力建设。"));
}

TEST_F(ParallelReading, AWholeDocumentReadsFromTitleToLastSubmission)
{
    ParallelReadingView view;
    ASSERT_TRUE(waitShown(view, [&] { view.showVersions(path(), kSymbol, 0); }));
    const ParallelReadingModel &model = *view.model();
    ASSERT_GT(model.rowCount(), 12);
    EXPECT_EQ(model.index(0, 0).data().toString(),
              QStringLiteral("在国际安全领域促进和平利用国际合作"));
    EXPECT_TRUE(model.index(0, 1).data().toString().startsWith(QStringLiteral("Promoting")));
    EXPECT_EQ(model.index(model.rowCount() - 1, 1).data().toString(),
              QStringLiteral("The Holy See recalls that peace is built on trust."));
}

TEST_F(ParallelReading, ADocumentInOneLanguageSaysSo)
{
    ParallelReadingView view;
    ASSERT_TRUE(waitShown(view, [&] {
        view.showVersions(SampleCorpus::databasePath(), QStringLiteral("A/77/96"), 0);
    }));
    EXPECT_EQ(view.model()->rowCount(), 0);
    EXPECT_TRUE(view.title().contains(QStringLiteral("no other language version")))
        << view.title().toStdString();
}

// The corpus's menu asks for a submission's versions; the window opens the Versions tab on them.
TEST_F(ParallelReading, TheWindowOpensTheVersionsTabOnRequest)
{
    Gui::MainWindow window;
    QSignalSpy shown(&window, &Gui::MainWindow::corpusShown);
    window.openDatabase(path());
    ASSERT_TRUE(shown.wait(kTimeoutMs));
    auto *panel = window.findChild<Gui::CorpusPanel *>();
    ASSERT_NE(panel, nullptr);
    ParallelReadingView *view = window.parallelReadingView();
    ASSERT_TRUE(waitShown(*view, [&] {
        emit panel->versionsRequested(kSymbol,
                                      submissionOf(QStringLiteral("JPN"), QStringLiteral("en")));
    }));
    EXPECT_EQ(window.findChild<QTabWidget *>(QStringLiteral("centralTabs"))->currentWidget(), view);
    ASSERT_EQ(view->model()->rowCount(), 1);
    EXPECT_EQ(view->model()->index(0, 1).data().toString(),
              QStringLiteral("日本强调瓦森纳安排的作用。"));
}

// In a corpus of two languages each choice names its version, so that one column can hold a
// state's English and the next another state's Chinese.
TEST_F(ParallelReading, SideBySideChoicesNameTheirVersion)
{
    Gui::ComparisonColumn column;
    column.setSubmissions(SampleCorpus::submissions(path()));
    const qint64 english = submissionOf(QStringLiteral("JPN"), QStringLiteral("en"));
    ASSERT_TRUE(column.chooseSubmission(english));
    EXPECT_EQ(column.chooser()->currentText(), QStringLiteral("日本 Japan — A/77/999 [en]"));
    ASSERT_TRUE(column.chooseSubmission(submissionOf(QStringLiteral("GBR"), QStringLiteral("zh"))));
    EXPECT_TRUE(column.chooser()->currentText().endsWith(QStringLiteral("A/77/999 [zh]")))
        << column.chooser()->currentText().toStdString();
}
