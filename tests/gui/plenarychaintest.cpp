// From committee to plenary in the Votes dock: the sample report A/79/416 records the First
// Committee's three votes on A/C.1/79/L.53/Rev.1, and the hand-made fixture
// tests/fixtures/votes/undl-2026.csv has the plenary adopt that draft as A/RES/79/80 on
// 2024-12-02, China in favour, Australia and the United States against, Türkiye abstaining,
// Namibia not voting.
#include "samplecorpus.h"

#include "gui/common/corpussession.h"
#include "gui/votes/votepanel.h"
#include "rollcalls/voteimport.h"
#include "storage/database.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Rapporteur;
using namespace Rapporteur::Gui;
using Test::SampleCorpus;

namespace {

TEST(PlenaryChain, ACommitteeVoteShowsThePlenaryVoteOnItsDraft)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chain.sqlite"));
    ASSERT_TRUE(QFile::copy(SampleCorpus::bothDocumentsPath(), path));
    {
        auto db = Storage::Database::open(path);
        ASSERT_TRUE(db) << db.error().userMessage.toStdString();
        auto imported = RollCalls::importVoteFiles(
            **db, {QStringLiteral(RAPPORTEUR_FIXTURES_DIR "/votes/undl-2026.csv")});
        ASSERT_TRUE(imported) << imported.error().userMessage.toStdString();
    }
    CorpusSession session;
    VotePanel panel{session};
    session.open(path);
    QSignalSpy shown(&panel, &VotePanel::plenaryShown);
    panel.setVotes(SampleCorpus::committeeVotes(), {});
    ASSERT_TRUE(shown.wait(10'000));
    EXPECT_EQ(panel.plenaryText(), QStringLiteral("In plenary: A/RES/79/80, 2024-12-02: 1 in "
                                                  "favour, 2 against, 1 abstaining"));
    // Every vote of the report was on the same draft: the next one shows the same chain.
    shown.clear();
    ASSERT_TRUE(panel.showVote(QStringLiteral("A/79/416"), QStringLiteral("(c)")));
    ASSERT_TRUE(shown.wait(10'000));
    EXPECT_TRUE(panel.plenaryText().startsWith(QStringLiteral("In plenary: A/RES/79/80")));
}

TEST(PlenaryChain, NothingWithoutTheVotingRecord)
{
    CorpusSession session;
    VotePanel panel{session};
    session.open(SampleCorpus::bothDocumentsPath());
    QSignalSpy shown(&panel, &VotePanel::plenaryShown);
    panel.setVotes(SampleCorpus::committeeVotes(), {});
    ASSERT_TRUE(shown.wait(10'000));
    EXPECT_EQ(panel.plenaryText(), QString());
}

} // namespace
