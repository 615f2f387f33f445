// The analysis tabs in the assembled window: the voting blocs and the coding analysis load when
// they are shown, and what they point at (a state, a submission, a paragraph) opens in the
// window.
#include "samplecorpus.h"

#include "gui/blocs/blocsview.h"
#include "gui/coding/codinganalysisview.h"
#include "gui/reader/submissionreader.h"
#include "gui/window/mainwindow.h"
#include "storage/corpusrepository.h"
#include "storage/database.h"

#include <QSignalSpy>
#include <QTabWidget>

#include <gtest/gtest.h>

using namespace Rapporteur;
using Gui::MainWindow;
using Test::SampleCorpus;

namespace {

constexpr int kTimeoutMs = 10'000;

class MainWindowAnalysisTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        window.show();
        QSignalSpy shown(&window, &MainWindow::corpusShown);
        window.openDatabase(SampleCorpus::bothDocumentsPath());
        ASSERT_TRUE(shown.wait(kTimeoutMs));
    }

    MainWindow window;
};

TEST_F(MainWindowAnalysisTest, TheBlocsTabLoadsWhenShownAndLeadsToProfilesAndSubmissions)
{
    Gui::BlocsView *blocs = window.blocsView();
    ASSERT_NE(blocs, nullptr);
    EXPECT_TRUE(blocs->analysis().votes.states.isEmpty()); // nothing read while hidden
    QSignalSpy analysed(blocs, &Gui::BlocsView::analysisShown);
    window.centralTabs()->setCurrentWidget(blocs);
    ASSERT_TRUE(analysed.wait(kTimeoutMs));
    // A/79/416's three votes: every member state that voted in one of them is a row.
    EXPECT_GT(blocs->analysis().votes.states.size(), 150);

    QSignalSpy profile(&window, &MainWindow::profileShown);
    emit blocs->entityRequested(QStringLiteral("NLD"));
    ASSERT_TRUE(profile.count() > 0 || profile.wait(kTimeoutMs));
    EXPECT_EQ(profile.last().at(0).toString(), QStringLiteral("NLD"));

    auto db = Storage::Database::open(SampleCorpus::bothDocumentsPath());
    ASSERT_TRUE(db.ok());
    const auto submissions = Storage::CorpusRepository(**db).submissions();
    ASSERT_TRUE(submissions.ok() && !submissions->isEmpty());
    const qint64 submission = submissions->last().id;
    QSignalSpy read(&window, &MainWindow::submissionShown);
    emit blocs->submissionRequested(submission);
    ASSERT_TRUE(read.count() > 0 || read.wait(kTimeoutMs));
    EXPECT_EQ(read.last().at(0).toLongLong(), submission);
    EXPECT_EQ(window.centralTabs()->currentWidget(), window.reader());
}

TEST_F(MainWindowAnalysisTest, AParagraphTheCodingAnalysisNamesOpensInTheReader)
{
    Gui::CodingAnalysisView *coding = window.codingAnalysisView();
    ASSERT_NE(coding, nullptr);
    QSignalSpy loaded(coding, &Gui::CodingAnalysisView::loaded);
    window.centralTabs()->setCurrentWidget(coding);
    ASSERT_TRUE(loaded.wait(kTimeoutMs));

    // A paragraph of a submission, known to the view only by its id.
    auto db = Storage::Database::open(SampleCorpus::bothDocumentsPath());
    ASSERT_TRUE(db.ok());
    const Storage::CorpusRepository corpus(**db);
    const auto submissions = corpus.submissions();
    ASSERT_TRUE(submissions.ok() && submissions->size() > 3);
    const auto paragraphs = corpus.paragraphsOfSubmission((*submissions)[3].id);
    ASSERT_TRUE(paragraphs.ok() && paragraphs->size() > 1);
    const qint64 paragraph = (*paragraphs)[1].id;

    QSignalSpy shown(&window, &MainWindow::paragraphShown);
    emit coding->paragraphRequested(paragraph);
    ASSERT_TRUE(shown.wait(kTimeoutMs));
    EXPECT_EQ(shown.last().at(0).toLongLong(), paragraph);
    EXPECT_EQ(window.centralTabs()->currentWidget(), window.reader());
    EXPECT_EQ(window.reader()->submissionId(), (*submissions)[3].id);
}

} // namespace
