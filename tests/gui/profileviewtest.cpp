// A state's profile over both sample documents (A/77/96 and the committee report A/79/416): read
// off the GUI thread by ProfileLoader and shown by ProfileView. Values checked by hand in
// data/corpus: 荷兰 submitted on 2022-05-31 and 荷兰王国 stands in the 反对 list of all three
// votes.
#include "backgroundwork.h"
#include "samplecorpus.h"

#include "gui/common/corpussession.h"
#include "gui/profile/profileloader.h"
#include "gui/profile/profileview.h"
#include "gui/profile/profilevotemodel.h"
#include "gui/votes/votetablemodel.h"

#include <QAbstractItemModelTester>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace Rapporteur;
using namespace Rapporteur::Gui;
using Test::SampleCorpus;

namespace {

constexpr int kTimeoutMs = 10'000;

// The profile as the loader reads it from the database with both documents.
Analysis::EntityProfile loadProfile(const QString &name)
{
    ProfileLoader loader;
    QSignalSpy loaded(&loader, &ProfileLoader::profileLoaded);
    QSignalSpy failed(&loader, &ProfileLoader::profileFailed);
    loader.loadProfile(SampleCorpus::bothDocumentsPath(), name);
    EXPECT_TRUE(loaded.wait(kTimeoutMs)) << name.toStdString();
    EXPECT_EQ(failed.count(), 0);
    return loaded.isEmpty() ? Analysis::EntityProfile{}
                            : loaded.first().at(0).value<Analysis::EntityProfile>();
}

QListWidget *listNamed(const ProfileView &view, const char *name)
{
    auto *list = view.findChild<QListWidget *>(QString::fromLatin1(name));
    EXPECT_NE(list, nullptr) << name;
    return list;
}

TEST(ProfileView, NetherlandsShowsIts2022SubmissionAndThreeVotesAgainst)
{
    CorpusSession session;
    ProfileView view{session};
    QAbstractItemModelTester tester(view.voteModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    // Found by the name A/77/96 gives it in 2022; the entity table calls it 荷兰王国.
    view.setProfile(loadProfile(QStringLiteral("荷兰")));

    EXPECT_EQ(view.titleText(), QStringLiteral("荷兰王国"));
    EXPECT_TRUE(view.detailsText().contains(QStringLiteral("Netherlands (Kingdom of the)")));
    EXPECT_TRUE(view.detailsText().contains(QStringLiteral("NLD")));
    EXPECT_TRUE(view.detailsText().contains(QStringLiteral("荷兰")));

    QListWidget *submissions = listNamed(view, "profileSubmissions");
    ASSERT_NE(submissions, nullptr);
    QAbstractItemModelTester listTester(submissions->model(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(submissions->count(), 1);
    EXPECT_TRUE(submissions->item(0)->text().contains(QStringLiteral("A/77/96")));
    EXPECT_TRUE(submissions->item(0)->text().contains(QStringLiteral("2022-05-31")));

    const ProfileVoteModel &votes = *view.voteModel();
    ASSERT_EQ(votes.rowCount(), 3);
    const QStringList labels{QStringLiteral("(a)"), QStringLiteral("(b)"), QStringLiteral("(c)")};
    for (int r = 0; r < 3; ++r) {
        EXPECT_EQ(votes.index(r, ProfileVoteModel::Document).data().toString(),
                  QStringLiteral("A/79/416"));
        EXPECT_EQ(votes.index(r, ProfileVoteModel::Label).data().toString(), labels[r]);
        EXPECT_EQ(votes.index(r, ProfileVoteModel::Position).data().toString(),
                  VoteTableModel::positionLabel(VotePosition::No));
        EXPECT_EQ(votes.index(r, ProfileVoteModel::Position).data(Qt::BackgroundRole),
                  QVariant(VoteTableModel::positionColour(VotePosition::No)));
        EXPECT_EQ(votes.index(r, ProfileVoteModel::Intended).data().toString(), QString());
    }
    EXPECT_EQ(votes.index(0, ProfileVoteModel::Subject).data().toString(),
              QStringLiteral("序言部分第十八段"));
    EXPECT_EQ(listNamed(view, "profileSponsorships")->count(), 0);
}

TEST(ProfileView, ActivatingASubmissionOrAVoteSaysWhich)
{
    CorpusSession session;
    ProfileView view{session};
    const Analysis::EntityProfile netherlands = loadProfile(QStringLiteral("NLD"));
    ASSERT_EQ(netherlands.submissions.size(), 1);
    view.setProfile(netherlands);
    view.show();
    QSignalSpy submission(&view, &ProfileView::submissionActivated);
    QSignalSpy vote(&view, &ProfileView::voteActivated);

    QListWidget *submissions = listNamed(view, "profileSubmissions");
    submissions->setCurrentRow(0);
    QTest::keyClick(submissions, Qt::Key_Return);
    ASSERT_EQ(submission.count(), 1);
    EXPECT_EQ(submission.first().at(0).toLongLong(), netherlands.submissions.first().id);

    auto *table = view.findChild<QTableView *>(QStringLiteral("profileVotes"));
    ASSERT_NE(table, nullptr);
    table->setCurrentIndex(view.voteModel()->index(2, ProfileVoteModel::Position));
    QTest::keyClick(table, Qt::Key_Return);
    ASSERT_EQ(vote.count(), 1);
    EXPECT_EQ(vote.first().at(0).toString(), QStringLiteral("A/79/416"));
    EXPECT_EQ(vote.first().at(1).toString(), QStringLiteral("(c)"));
}

TEST(ProfileView, ChinaSponsoredTheDraftAndIvoryCoastMeantToAbstain)
{
    CorpusSession session;
    ProfileView view{session};
    view.setProfile(loadProfile(QStringLiteral("CHN")));
    QListWidget *sponsorships = listNamed(view, "profileSponsorships");
    ASSERT_EQ(sponsorships->count(), 1);
    EXPECT_TRUE(sponsorships->item(0)->text().contains(QStringLiteral("A/C.1/79/L.53/Rev.1")));
    QSignalSpy document(&view, &ProfileView::documentActivated);
    emit sponsorships->itemActivated(sponsorships->item(0));
    ASSERT_EQ(document.count(), 1);
    EXPECT_EQ(document.first().at(0).toString(), QStringLiteral("A/79/416"));
    for (int r = 0; r < 3; ++r)
        EXPECT_EQ(view.voteModel()->index(r, ProfileVoteModel::Position).data().toString(),
                  VoteTableModel::positionLabel(VotePosition::Yes));

    // Footnote 2 of vote (a): 科特迪瓦 voted in favour and meant to abstain.
    view.setProfile(loadProfile(QStringLiteral("CIV")));
    EXPECT_EQ(listNamed(view, "profileSubmissions")->count(), 0);
    EXPECT_EQ(view.voteModel()->index(0, ProfileVoteModel::Intended).data().toString(),
              ProfileVoteModel::tr("meant: %1")
                  .arg(VoteTableModel::positionLabel(VotePosition::Abstain)));
}

TEST(ProfileLoader, AnUnknownNameFailsAndALaterRequestSupersedesAnEarlierOne)
{
    ProfileLoader loader;
    QSignalSpy loaded(&loader, &ProfileLoader::profileLoaded);
    QSignalSpy failed(&loader, &ProfileLoader::profileFailed);
    loader.loadProfile(SampleCorpus::bothDocumentsPath(), QStringLiteral("乌托邦"));
    ASSERT_TRUE(failed.wait(kTimeoutMs));
    EXPECT_EQ(failed.first().at(0).toString(), QStringLiteral("乌托邦"));
    EXPECT_FALSE(failed.first().at(1).toString().isEmpty());

    loader.loadProfile(SampleCorpus::bothDocumentsPath(), QStringLiteral("NLD"));
    loader.loadProfile(SampleCorpus::bothDocumentsPath(), QStringLiteral("中国"));
    EXPECT_TRUE(loader.isLoading());
    ASSERT_TRUE(loaded.wait(kTimeoutMs));
    Rapporteur::Test::finishBackgroundWork(); // the superseded request, finished, must have been
                                              // dropped
    ASSERT_EQ(loaded.count(), 1);
    EXPECT_EQ(loaded.first().at(0).value<Analysis::EntityProfile>().entity.code,
              QStringLiteral("CHN"));
    EXPECT_FALSE(loader.isLoading());
}

TEST(ProfileView, ANoteReplacesTheProfile)
{
    CorpusSession session;
    ProfileView view{session};
    view.setProfile(loadProfile(QStringLiteral("NLD")));
    view.showNote(QStringLiteral("Loading…"));
    EXPECT_EQ(view.titleText(), QStringLiteral("Loading…"));
    EXPECT_EQ(view.voteModel()->rowCount(), 0);
    EXPECT_EQ(listNamed(view, "profileSubmissions")->count(), 0);
    EXPECT_TRUE(view.profile().entity.code.isEmpty());
}

} // namespace
