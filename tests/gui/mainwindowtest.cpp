// The assembled window on the imported sample report: what a user sees after it has loaded.
#include "samplecorpus.h"
#include "testsupport.h"
#include "treewalk.h"

#include "analysis/entityprofile.h"
#include "gui/corpus/corpustreemodel.h"
#include "gui/profile/profileview.h"
#include "gui/reader/submissionreader.h"
#include "gui/votes/votepanel.h"
#include "gui/votes/votetablemodel.h"
#include "gui/window/mainwindow.h"
#include "referencedata/entityregistry.h"
#include "storage/corpusrepository.h"
#include "storage/database.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace Rapporteur;
using Gui::MainWindow;
using Test::itemsOfKind;
using Test::namesOf;
using Test::SampleCorpus;

namespace {

constexpr int kTimeoutMs = 10'000;

class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        tree = window.findChild<QTreeView *>(QStringLiteral("corpusTree"));
        reader = window.findChild<Gui::SubmissionReader *>(QStringLiteral("submissionReader"));
        counts = window.findChild<QLabel *>(QStringLiteral("corpusCounts"));
        ASSERT_NE(tree, nullptr);
        ASSERT_NE(reader, nullptr);
        ASSERT_NE(counts, nullptr);
        tester = std::make_unique<QAbstractItemModelTester>(
            tree->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        window.show();
    }

    void openSample()
    {
        QSignalSpy shown(&window, &MainWindow::corpusShown);
        window.openDatabase(SampleCorpus::databasePath());
        ASSERT_TRUE(shown.wait(kTimeoutMs));
    }

    QString treeText(int row, const QModelIndex &parent = {}) const
    {
        return tree->model()->index(row, 0, parent).data().toString();
    }

    QList<QModelIndex> submissionRows() const
    {
        return itemsOfKind(*tree->model(), Gui::CorpusTreeModel::ItemKind::Submission);
    }

    QModelIndex rowOf(const QString &name) const
    {
        for (const QModelIndex &index : submissionRows()) {
            if (index.data().toString() == name)
                return index;
        }
        return {};
    }

    MainWindow window;
    QTreeView *tree = nullptr;
    Gui::SubmissionReader *reader = nullptr;
    QLabel *counts = nullptr;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

TEST_F(MainWindowTest, ShowsTheDocumentAndItsSubmissionsAfterLoading)
{
    window.openDatabase(SampleCorpus::databasePath());
    QTRY_COMPARE_WITH_TIMEOUT(tree->model()->rowCount(), 1, kTimeoutMs);
    const QModelIndex doc = tree->model()->index(0, 0);
    EXPECT_TRUE(treeText(0).startsWith(QStringLiteral("A/77/96")));
    const QStringList names = namesOf(submissionRows());
    ASSERT_EQ(names.size(), 33);
    EXPECT_TRUE(tree->isExpanded(doc));
    EXPECT_TRUE(tree->isExpanded(tree->model()->index(0, 0, doc))); // its first section
    EXPECT_EQ(names.first(), QStringLiteral("澳大利亚"));
    EXPECT_EQ(names.last(), QStringLiteral("欧洲联盟"));
    EXPECT_FALSE(tree->isSortingEnabled());

    EXPECT_EQ(counts->text(), QStringLiteral("1 document, 33 submissions"));
    EXPECT_EQ(window.databasePath(), SampleCorpus::databasePath());
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("corpus.sqlite")));
}

TEST_F(MainWindowTest, SelectingASubmissionShowsItsText)
{
    openSample();
    const QModelIndex canada = rowOf(QStringLiteral("加拿大"));
    ASSERT_TRUE(canada.isValid());
    QSignalSpy shown(&window, &MainWindow::submissionShown);
    tree->setCurrentIndex(canada);
    ASSERT_TRUE(shown.wait(kTimeoutMs));
    const QString text = reader->toPlainText();
    EXPECT_TRUE(text.startsWith(QStringLiteral("加拿大")));
    EXPECT_TRUE(text.contains(QStringLiteral("加拿大完全支持这些制度的工作")));
    EXPECT_TRUE(text.contains(QStringLiteral("p. ")));
    EXPECT_FALSE(text.contains(QStringLiteral("澳大利亚以本国身份提出以下评论意见")));
}

TEST_F(MainWindowTest, AStateInAVoteTableLeadsToItsProfileAndOnToItsSubmission)
{
    QSignalSpy shown(&window, &MainWindow::corpusShown);
    window.openDatabase(SampleCorpus::bothDocumentsPath());
    ASSERT_TRUE(shown.wait(kTimeoutMs));
    Gui::VotePanel *votes = window.votePanel();
    QTRY_COMPARE_WITH_TIMEOUT(votes->model()->rowCount(), 193, kTimeoutMs);
    auto *table = votes->findChild<QTableView *>();
    ASSERT_NE(table, nullptr);
    QModelIndex netherlands;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, 0);
        if (index.data(Gui::VoteTableModel::EntityCodeRole).toString() == QLatin1String("NLD"))
            netherlands = index;
    }
    ASSERT_TRUE(netherlands.isValid());
    QSignalSpy profileShown(&window, &MainWindow::profileShown);
    emit table->activated(netherlands);
    ASSERT_TRUE(profileShown.wait(kTimeoutMs));
    EXPECT_EQ(profileShown.first().at(0).toString(), QStringLiteral("NLD"));

    // Its 2022 submission, and against in all three votes of the committee report.
    Gui::ProfileView *profile = window.profileView();
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("profileDock"));
    ASSERT_NE(dock, nullptr);
    EXPECT_TRUE(dock->isVisible());
    auto *submissions = profile->findChild<QListWidget *>(QStringLiteral("profileSubmissions"));
    ASSERT_NE(submissions, nullptr);
    ASSERT_EQ(submissions->count(), 1);
    EXPECT_TRUE(submissions->item(0)->text().contains(QStringLiteral("2022-05-31")));
    ASSERT_EQ(profile->profile().votes.size(), 3);
    for (const auto &entry : profile->profile().votes)
        EXPECT_EQ(entry.position, VotePosition::No) << entry.label.toStdString();

    QSignalSpy submissionShown(&window, &MainWindow::submissionShown);
    emit submissions->itemActivated(submissions->item(0));
    ASSERT_TRUE(submissionShown.wait(kTimeoutMs));
    EXPECT_TRUE(reader->toPlainText().startsWith(QStringLiteral("荷兰")));
}

TEST_F(MainWindowTest, TheTreeListsTheVotesAndSelectingOneShowsItsTable)
{
    QSignalSpy shown(&window, &MainWindow::corpusShown);
    window.openDatabase(SampleCorpus::bothDocumentsPath());
    ASSERT_TRUE(shown.wait(kTimeoutMs));
    using Kind = Gui::CorpusTreeModel::ItemKind;
    QTRY_COMPARE_WITH_TIMEOUT(itemsOfKind(*tree->model(), Kind::Vote).size(), 3, kTimeoutMs);
    EXPECT_EQ(submissionRows().size(), 33);
    const QModelIndex c = itemsOfKind(*tree->model(), Kind::Vote).at(2);
    tree->setCurrentIndex(c);
    EXPECT_EQ(window.votePanel()->model()->vote().label, QStringLiteral("(c)"));
    EXPECT_TRUE(window.votePanel()->totalsText().contains(QStringLiteral("102")));
}

TEST_F(MainWindowTest, ADocumentShowsItsWholeTextAndItsCitationOfAnotherOpensThatOne)
{
    QSignalSpy shown(&window, &MainWindow::corpusShown);
    window.openDatabase(SampleCorpus::bothDocumentsPath());
    ASSERT_TRUE(shown.wait(kTimeoutMs));
    QSignalSpy documentShown(&window, &MainWindow::documentShown);
    tree->setCurrentIndex(tree->model()->index(1, 0));
    ASSERT_TRUE(documentShown.wait(kTimeoutMs));
    EXPECT_EQ(documentShown.last().at(0).toString(), QStringLiteral("A/79/416"));
    EXPECT_TRUE(reader->toPlainText().contains(QStringLiteral("第一委员会的报告")));

    // The committee report's footnote 4 cites the report A/77/96, which is in the corpus.
    QString href;
    for (QTextBlock block = reader->document()->begin(); block.isValid(); block = block.next()) {
        if (block.text().startsWith(QStringLiteral("4 A/77/96")))
            for (auto it = block.begin(); !it.atEnd(); ++it)
                if (it.fragment().text() == QStringLiteral("A/77/96"))
                    href = it.fragment().charFormat().anchorHref();
    }
    ASSERT_EQ(href, QStringLiteral("corpus:A/77/96"));
    emit reader->anchorClicked(QUrl(href));
    ASSERT_TRUE(documentShown.wait(kTimeoutMs));
    EXPECT_EQ(documentShown.last().at(0).toString(), QStringLiteral("A/77/96"));
    EXPECT_EQ(reader->documentSymbol(), QStringLiteral("A/77/96"));
    EXPECT_TRUE(reader->toPlainText().contains(QStringLiteral("澳大利亚")));
}

TEST_F(MainWindowTest, OpeningAParagraphShowsItsTextAndSelectsIt)
{
    QSignalSpy shown(&window, &MainWindow::corpusShown);
    window.openDatabase(SampleCorpus::bothDocumentsPath());
    ASSERT_TRUE(shown.wait(kTimeoutMs));
    auto db = Storage::Database::open(SampleCorpus::bothDocumentsPath());
    ASSERT_TRUE(db);
    const Storage::CorpusRepository repo(**db);

    // A paragraph of the Netherlands' submission (its third), then one of the committee report
    // outside any submission (its last).
    const auto netherlands = window.findChild<Gui::CorpusTreeModel *>();
    ASSERT_NE(netherlands, nullptr);
    const auto *submission =
        netherlands->submission(netherlands->indexOfEntity(QStringLiteral("NLD")));
    ASSERT_NE(submission, nullptr);
    const auto ofSubmission = repo.paragraphsOfSubmission(submission->id);
    ASSERT_TRUE(ofSubmission && ofSubmission->size() > 3);
    const auto &third = ofSubmission->at(2);
    QSignalSpy paragraphShown(&window, &MainWindow::paragraphShown);
    window.openParagraph(third.document, third.submissionId, third.id);
    ASSERT_TRUE(paragraphShown.wait(kTimeoutMs));
    EXPECT_EQ(reader->submissionId(), submission->id);
    EXPECT_TRUE(third.text.startsWith(reader->textCursor().selectedText().left(20)));
    EXPECT_FALSE(reader->textCursor().selectedText().isEmpty());

    const auto ofReport = repo.paragraphsOfDocument(QStringLiteral("A/79/416"));
    ASSERT_TRUE(ofReport && !ofReport->isEmpty());
    const auto &last = ofReport->constLast();
    ASSERT_FALSE(last.submissionId);
    window.openParagraph(last.document, std::nullopt, last.id);
    ASSERT_TRUE(paragraphShown.wait(kTimeoutMs));
    EXPECT_EQ(reader->documentSymbol(), QStringLiteral("A/79/416"));
    EXPECT_TRUE(last.text.startsWith(reader->textCursor().selectedText().left(20)));
}

TEST_F(MainWindowTest, TheFilterBoxNarrowsTheTreeByPinyin)
{
    openSample();
    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("corpusFilter"));
    ASSERT_NE(filter, nullptr);
    EXPECT_FALSE(filter->accessibleName().isEmpty());
    QTest::keyClicks(filter, QStringLiteral("jianada"));
    EXPECT_EQ(namesOf(submissionRows()), QStringList{QStringLiteral("加拿大")});
    // Selecting a state the filter hides shows everything again.
    ASSERT_TRUE(window.selectEntity(QStringLiteral("CHN")));
    EXPECT_TRUE(filter->text().isEmpty());
    EXPECT_EQ(submissionRows().size(), 33);
}

TEST_F(MainWindowTest, SelectingAnotherSubmissionReplacesTheText)
{
    openSample();
    ASSERT_TRUE(window.selectEntity(QStringLiteral("CHN")));
    QTRY_VERIFY_WITH_TIMEOUT(reader->toPlainText().startsWith(QStringLiteral("中国")), kTimeoutMs);
    ASSERT_TRUE(window.selectEntity(QStringLiteral("CAN")));
    QTRY_VERIFY_WITH_TIMEOUT(
        reader->toPlainText().contains(QStringLiteral("加拿大完全支持这些制度的工作")), kTimeoutMs);
    EXPECT_EQ(tree->currentIndex().data().toString(), QStringLiteral("加拿大"));
    EXPECT_FALSE(window.selectEntity(QStringLiteral("XYZ")));
}

TEST_F(MainWindowTest, ReloadKeepsTheSubmissionOnShow)
{
    openSample();
    ASSERT_TRUE(window.selectEntity(QStringLiteral("CAN")));
    QTRY_VERIFY_WITH_TIMEOUT(reader->toPlainText().startsWith(QStringLiteral("加拿大")),
                             kTimeoutMs);

    QAction *reload = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Refresh))
            reload = action;
    }
    ASSERT_NE(reload, nullptr);
    QSignalSpy shown(&window, &MainWindow::submissionShown);
    reload->trigger();
    ASSERT_TRUE(shown.wait(kTimeoutMs));
    EXPECT_EQ(tree->currentIndex().data().toString(), QStringLiteral("加拿大"));
    EXPECT_TRUE(reader->toPlainText().startsWith(QStringLiteral("加拿大")));
}

TEST_F(MainWindowTest, AFileThatIsNotADatabaseShowsAnErrorAndKeepsTheCorpus)
{
    openSample();
    QSignalSpy failed(&window, &MainWindow::databaseFailed);
    window.openDatabase(SampleCorpus::notADatabasePath());
    ASSERT_TRUE(failed.wait(kTimeoutMs));
    const QString message = window.statusBar()->currentMessage();
    EXPECT_TRUE(message.contains(QStringLiteral("notes.sqlite")));
    EXPECT_EQ(failed.first().at(0).toString(), message);
    // The corpus on show stays as it was.
    EXPECT_EQ(window.databasePath(), SampleCorpus::databasePath());
    EXPECT_EQ(submissionRows().size(), 33);
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("corpus.sqlite")));
}

TEST_F(MainWindowTest, AFailedFirstOpenSaysSoInTheReader)
{
    QSignalSpy failed(&window, &MainWindow::databaseFailed);
    window.openDatabase(SampleCorpus::notADatabasePath());
    ASSERT_TRUE(failed.wait(kTimeoutMs));
    EXPECT_TRUE(reader->toPlainText().contains(QStringLiteral("notes.sqlite")));
    EXPECT_EQ(tree->model()->rowCount(), 0);
    EXPECT_TRUE(window.databasePath().isEmpty());
}

TEST_F(MainWindowTest, MainWidgetsHaveAccessibleNames)
{
    EXPECT_FALSE(tree->accessibleName().isEmpty());
    EXPECT_FALSE(reader->accessibleName().isEmpty());
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("corpusDock"));
    ASSERT_NE(dock, nullptr);
    EXPECT_EQ(dock->widget()->isAncestorOf(tree), true);
}

TEST(MainWindow, RemembersItsSizeAcrossSessions)
{
    QSettings().clear(); // the test main put settings in Qt's test location
    {
        MainWindow window;
        window.restoreLayout();
        window.show();
        window.resize(900, 640);
        window.close();
    }
    MainWindow window;
    EXPECT_EQ(window.size(), QSize(1280, 800)); // a window that does not restore keeps its default
    window.restoreLayout();
    EXPECT_EQ(window.size(), QSize(900, 640));
    QSettings().clear();
}

} // namespace

// File ▸ Settings… answers Ctrl+, on every platform and shows it in the menu; most Linux
// desktops bind no Preferences key of their own.
TEST(MainWindowShortcuts, SettingsAnswerControlComma)
{
    Gui::MainWindow window;
    const auto *settings = window.findChild<QAction *>(QStringLiteral("settingsAction"));
    ASSERT_NE(settings, nullptr);
    EXPECT_TRUE(settings->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    EXPECT_FALSE(settings->shortcut().isEmpty()); // the one the menu shows
}
