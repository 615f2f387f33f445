// File ▸ Import Voting Record…: the General Assembly's recorded votes imported from the window, in
// the background; the views that show the record read it again, and only they.
#include "samplecorpus.h"
#include "testsupport.h"

#include "gui/votes/voteimportflow.h"
#include "gui/votes/votepanel.h"
#include "gui/window/mainwindow.h"
#include "storage/database.h"
#include "storage/rollcallrepository.h"

#include <QAction>
#include <QFile>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Rapporteur;
using Test::SampleCorpus;

namespace {

constexpr int kTimeoutMs = 20'000;

QString voteFixture(const char *name)
{
    return Rapporteur::Test::fixturePath(QStringLiteral("votes/") + QString::fromLatin1(name));
}

} // namespace

TEST(VoteImportFlow, TheWindowImportsTheRecordAndTheViewsThatShowItReadItAgain)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("corpus.sqlite"));
    ASSERT_TRUE(QFile::copy(SampleCorpus::bothDocumentsPath(), path));
    Gui::MainWindow window;
    {
        QSignalSpy shown(&window, &Gui::MainWindow::corpusShown);
        window.openDatabase(path);
        ASSERT_TRUE(shown.wait(kTimeoutMs));
    }
    auto *action = window.findChild<QAction *>(QStringLiteral("importVotingRecordAction"));
    ASSERT_NE(action, nullptr);
    EXPECT_TRUE(action->isEnabled());

    QSignalSpy imported(window.voteImportFlow(), &Gui::VoteImportFlow::imported);
    QSignalSpy reloaded(&window, &Gui::MainWindow::corpusShown);
    QSignalSpy plenary(window.votePanel(), &Gui::VotePanel::plenaryShown);
    ASSERT_TRUE(window.importVotingRecord({voteFixture("undl-2026.csv")}));
    EXPECT_FALSE(window.importVotingRecord({voteFixture("undl-2026.csv")})) << "one at a time";
    ASSERT_TRUE(imported.wait(kTimeoutMs));
    EXPECT_EQ(imported.at(0).at(0).toString(), path);
    EXPECT_EQ(imported.at(0).at(1).toString(),
              QStringLiteral("Voting record: 2 roll calls read (2 added, 0 updated, 0 unchanged), "
                             "10 votes."));
    EXPECT_EQ(window.statusBar()->currentMessage(), imported.at(0).at(1).toString());
    // The Votes dock reads again what came in plenary of the committee vote on show (the fixture
    // adopts its draft as A/RES/79/80); the documents, which did not change, are not read again.
    ASSERT_TRUE(plenary.wait(kTimeoutMs));
    EXPECT_TRUE(
        window.votePanel()->plenaryText().startsWith(QStringLiteral("In plenary: A/RES/79/80")))
        << window.votePanel()->plenaryText().toStdString();
    EXPECT_EQ(reloaded.count(), 0);

    auto db = Storage::Database::open(path);
    ASSERT_TRUE(db);
    auto rollCalls = Storage::RollCallRepository(**db).find({});
    ASSERT_TRUE(rollCalls);
    EXPECT_EQ(rollCalls->size(), 2);
}

TEST(VoteImportFlow, ABadFileIsReportedAndNothingStored)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("corpus.sqlite"));
    ASSERT_TRUE(QFile::copy(SampleCorpus::databasePath(), path));
    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    QFile file(bad);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("this,is,not,a,vote,file\n1,2,3,4,5,6\n");
    file.close();

    Gui::VoteImportFlow flow(nullptr);
    QSignalSpy failed(&flow, &Gui::VoteImportFlow::failed);
    ASSERT_TRUE(flow.start(path, {bad}));
    ASSERT_TRUE(failed.wait(kTimeoutMs) || failed.count() > 0);
    EXPECT_TRUE(failed.at(0).at(0).toString().contains(QStringLiteral("bad.csv")))
        << failed.at(0).at(0).toString().toStdString();
    auto db = Storage::Database::open(path);
    ASSERT_TRUE(db);
    EXPECT_TRUE(Storage::RollCallRepository(**db).find({})->isEmpty());
}
