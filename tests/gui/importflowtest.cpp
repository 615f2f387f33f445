// The import as the user meets it: progress in the status bar, the summary, the error dialog and
// the password prompt.
#include "corpussnapshot.h"
#include "testsupport.h"

#include "gui/import/importcontroller.h"
#include "gui/import/importdialogs.h"
#include "gui/import/importflow.h"
#include "gui/import/importprogress.h"

#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace Rapporteur;
using Gui::ImportDialogs;
using Gui::ImportFlow;
using Test::corpusPath;
using Test::corpusSnapshot;
using Test::documentCount;
using Test::fixturePath;
using Workflow::ImportSummary;

namespace {

constexpr int kTimeoutMs = 30'000;

template <typename T> T *waitForChild(const QWidget &parent, const QString &name)
{
    T *found = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            found = parent.findChild<T *>(name);
            return found && found->isVisible();
        },
        kTimeoutMs);
    return shown ? found : nullptr;
}

ImportSummary sampleSummary()
{
    ImportSummary s;
    s.sourcePath = QStringLiteral("/data/A-77-96.zh.txt");
    s.symbol = QStringLiteral("A/77/96");
    s.title = QStringLiteral("核裁军");
    s.encoding = QStringLiteral("UTF-8");
    s.submissions = 33;
    s.paragraphs = 412;
    s.pages = 1;
    s.outcome = ImportSummary::Outcome::Replaced;
    s.warnings = {QStringLiteral("no entity for the heading 乌托邦共和国"),
                  QStringLiteral("footnote 7 has no marker")};
    return s;
}

TEST(ImportDialogs, SummaryTextSaysWhatWasReadAndEveryWarning)
{
    ImportSummary provisional;
    provisional.sourcePath = QStringLiteral("/data/notes.pdf");
    provisional.symbol = QStringLiteral("DOC-1A2B3C4D");
    provisional.symbolProvisional = true;
    provisional.encoding = QStringLiteral("PDF");
    const QList<ImportSummary> summaries{sampleSummary(), provisional};

    const QString text = ImportDialogs::summaryText(summaries);
    for (const char *expected :
         {"A/77/96 — 核裁军 (A-77-96.zh.txt)", "replaced the earlier import", "33 submissions",
          "412 paragraphs", "1 page,", "Warning: no entity for the heading 乌托邦共和国",
          "Warning: footnote 7 has no marker", "DOC-1A2B3C4D — untitled (notes.pdf)",
          "new: 0 submissions", "stored as DOC-1A2B3C4D"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected;
    EXPECT_EQ(ImportDialogs::summaryHeadline(summaries),
              QStringLiteral("Imported 2 files: 1 new, 1 replaced, 0 unchanged. 2 warnings."));
}

// Codings a re-import left without their text are said where the window lists them, not with a
// command of the CLI.
TEST(ImportDialogs, OrphanedCodingsAreAWarningThatSaysWhereTheyAreListed)
{
    ImportSummary replaced = sampleSummary();
    replaced.warnings.clear();
    replaced.orphanedCodings = 2;
    const QString text = ImportDialogs::summaryText({replaced});
    EXPECT_TRUE(text.contains(QStringLiteral("Warning: 2 codings no longer find their text: they "
                                             "are kept, listed under Orphaned codings in the "
                                             "Codebook dock.")))
        << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("`"))) << text.toStdString();
    EXPECT_EQ(ImportDialogs::summaryHeadline({replaced}),
              QStringLiteral("Imported 1 file: 0 new, 1 replaced, 0 unchanged. 1 warning."));
}

TEST(ImportDialogs, ErrorTextNamesTheFileAndSaysWhatIsWrong)
{
    const Error error{ErrorCode::InvalidInput,
                      QStringLiteral("pdf-truncated.pdf: the PDF is damaged or truncated"),
                      {}};
    const QString text = ImportDialogs::errorText(QStringLiteral("/in/pdf-truncated.pdf"), error,
                                                  QStringLiteral("/db.sqlite"), 2);
    EXPECT_EQ(text, QStringLiteral("Could not import “pdf-truncated.pdf”.\n\n"
                                   "The PDF is damaged or truncated.\n\n"
                                   "None of the 2 files was imported; the corpus is unchanged."));
    const QString database = ImportDialogs::errorText(
        QStringLiteral("/db.sqlite"), Error{ErrorCode::Database, QStringLiteral("locked"), {}},
        QStringLiteral("/db.sqlite"));
    EXPECT_TRUE(database.startsWith(QStringLiteral("Could not import into the database")));
}

TEST(ImportDialogs, TheDialogsOpenWithoutBlockingAndCutALongSummary)
{
    QWidget window;
    window.show();
    ImportSummary many = sampleSummary();
    for (int i = 0; i < 40; ++i)
        many.warnings.append(QStringLiteral("warning number %1").arg(i));
    QMessageBox *summary = ImportDialogs::showSummary(&window, {many});
    ASSERT_TRUE(summary->isVisible()); // open() returned: no nested event loop
    EXPECT_EQ(summary->windowModality(), Qt::WindowModal);
    EXPECT_EQ(summary->icon(), QMessageBox::Warning);
    EXPECT_FALSE(summary->text().contains(QStringLiteral("warning number 39")));
    EXPECT_TRUE(summary->detailedText().contains(QStringLiteral("warning number 39")));
    summary->accept();

    QInputDialog *prompt =
        ImportDialogs::askPassword(&window, QStringLiteral("/x/locked.pdf"), true);
    ASSERT_TRUE(prompt->isVisible());
    EXPECT_EQ(prompt->textEchoMode(), QLineEdit::Password);
    EXPECT_TRUE(prompt->labelText().contains(QStringLiteral("does not open “locked.pdf”")));
    prompt->reject();
}

TEST(ImportProgress, ShowsTheFileAndItsPagesAndOffersCancel)
{
    Gui::ImportProgress progress;
    QSignalSpy cancel(&progress, &Gui::ImportProgress::cancelRequested);
    EXPECT_TRUE(progress.isHidden());
    progress.begin(2);
    EXPECT_FALSE(progress.isHidden());
    EXPECT_EQ(progress.bar()->maximum(), 0); // busy until the first report

    progress.showProgress(QStringLiteral("/in/report.pdf"), 1, 2, 3, 12, QStringLiteral("page 4"));
    EXPECT_EQ(progress.fileText(), QStringLiteral("report.pdf (2 of 2)"));
    EXPECT_EQ(progress.bar()->maximum(), 12);
    EXPECT_EQ(progress.bar()->value(), 3);
    EXPECT_EQ(progress.bar()->text(), QStringLiteral("page 4"));
    progress.showProgress({}, 2, 2, 0, 0, {});
    EXPECT_EQ(progress.bar()->maximum(), 0);
    EXPECT_EQ(progress.fileText(), QStringLiteral("Saving to the database"));

    progress.cancelButton()->click();
    EXPECT_EQ(cancel.count(), 1);
    EXPECT_FALSE(progress.cancelButton()->isEnabled());
    progress.end();
    EXPECT_TRUE(progress.isHidden());
    progress.begin(1);
    EXPECT_TRUE(progress.cancelButton()->isEnabled());
}

class ImportFlowTest : public ::testing::Test
{
protected:
    void SetUp() override { m_window.show(); }
    QString databasePath() const { return m_dir.filePath(QStringLiteral("corpus.sqlite")); }

    QTemporaryDir m_dir;
    QWidget m_window;
    ImportFlow m_flow{&m_window};
};

// The test: "import of a bad file shows an error and changes nothing".
TEST_F(ImportFlowTest, ABadFileShowsAnErrorAndChangesNothing)
{
    QSignalSpy imported(&m_flow, &ImportFlow::imported);
    ASSERT_TRUE(
        m_flow.importFiles(databasePath(), {fixturePath(QStringLiteral("unknown-state.zh.txt"))}));
    EXPECT_FALSE(m_flow.progressWidget()->isHidden());
    auto *summary = waitForChild<QMessageBox>(m_window, QStringLiteral("importSummaryDialog"));
    ASSERT_NE(summary, nullptr);
    EXPECT_TRUE(m_flow.progressWidget()->isHidden());
    ASSERT_EQ(imported.count(), 1);
    const auto summaries = imported.first().at(1).value<QList<ImportSummary>>();
    ASSERT_EQ(summaries.size(), 1);
    ASSERT_FALSE(summaries.first().warnings.isEmpty()); // the unresolved 乌托邦共和国
    for (const QString &warning : summaries.first().warnings)
        EXPECT_TRUE(summary->text().contains(warning)) << warning.toStdString();
    summary->accept();
    const QString before = corpusSnapshot(databasePath());

    const QString bad = fixturePath(QStringLiteral("pdf-truncated.pdf"));
    ASSERT_TRUE(m_flow.importFiles(databasePath(), {bad}));
    auto *error = waitForChild<QMessageBox>(m_window, QStringLiteral("importErrorDialog"));
    ASSERT_NE(error, nullptr);
    EXPECT_EQ(error->icon(), QMessageBox::Critical);
    EXPECT_TRUE(error->text().startsWith(QStringLiteral("Could not import “pdf-truncated.pdf”.")));
    EXPECT_TRUE(error->text().contains(QStringLiteral("damaged or truncated")));
    EXPECT_EQ(imported.count(), 1);
    EXPECT_EQ(corpusSnapshot(databasePath()), before);
    error->accept();
}

TEST_F(ImportFlowTest, AnEncryptedPdfPromptsForItsPasswordAndImportsWithIt)
{
    QSignalSpy imported(&m_flow, &ImportFlow::imported);
    ASSERT_TRUE(
        m_flow.importFiles(databasePath(), {fixturePath(QStringLiteral("pdf-encrypted.pdf"))}));
    auto *prompt = waitForChild<QInputDialog>(m_window, QStringLiteral("importPasswordDialog"));
    ASSERT_NE(prompt, nullptr);
    EXPECT_EQ(prompt->textEchoMode(), QLineEdit::Password);
    EXPECT_EQ(m_window.findChild<QMessageBox *>(QStringLiteral("importErrorDialog")), nullptr);
    prompt->setTextValue(QStringLiteral("secret"));
    prompt->accept();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !imported.isEmpty(); }, kTimeoutMs));
    EXPECT_EQ(documentCount(databasePath()), 1);
}

TEST_F(ImportFlowTest, CancelInTheStatusBarStopsTheImportAndSaysSo)
{
    QSignalSpy imported(&m_flow, &ImportFlow::imported);
    QSignalSpy messages(&m_flow, &ImportFlow::statusMessage);
    QSignalSpy running(&m_flow, &ImportFlow::runningChanged);
    ASSERT_TRUE(m_flow.importFiles(databasePath(),
                                   {corpusPath(QStringLiteral("A-77-96.zh.txt")),
                                    corpusPath(QStringLiteral("real/A-80-604-Add.6.en.pdf"))}));
    EXPECT_FALSE(m_flow.importFiles(databasePath(), {fixturePath(QStringLiteral("empty.txt"))}));
    m_flow.progressWidget()->cancelButton()->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_flow.isRunning(); }, kTimeoutMs));
    EXPECT_EQ(imported.count(), 0);
    ASSERT_EQ(running.count(), 2);
    EXPECT_TRUE(messages.last().at(0).toString().startsWith(QStringLiteral("Import cancelled")));
    EXPECT_EQ(documentCount(databasePath()), 0);
    EXPECT_TRUE(m_flow.progressWidget()->isHidden());
}

} // namespace
