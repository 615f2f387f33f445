// The voting-blocs view's groups and votes pages, and corpora at the edges: none of the sample's
// votes (an empty database, a corpus without votes), one vote alone, votes from two reports whose
// labels repeat. Expected values come from the vote lists and the group table, or from the core.
#include "blocsviewsupport.h"
#include "samplecorpus.h"

#include "gui/blocs/agreementheatmap.h"
#include "gui/blocs/bloctreemodel.h"
#include "gui/blocs/cohesionmodel.h"
#include "gui/blocs/dendrogramview.h"
#include "gui/blocs/statepositionmodel.h"
#include "gui/blocs/statesubmissionspane.h"

#include "blocs/cohesion.h"
#include "blocs/groups.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace Rapporteur;
using namespace Rapporteur::Gui;
using Test::agreementByHand;
using Test::BlocsCorpora;
using Test::BlocsFixture;
using Test::listedPosition;
using Test::SampleCorpus;

namespace {

QStringList codes(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *code : list)
        out.append(QString::fromLatin1(code));
    return out;
}

QSet<QString> setOf(const QStringList &codes)
{
    return QSet<QString>(codes.cbegin(), codes.cend());
}

QSet<QSet<QString>> setsOf(const QList<QStringList> &blocs)
{
    QSet<QSet<QString>> sets;
    for (const QStringList &b : blocs)
        sets.insert(setOf(b));
    return sets;
}

double valueOf(const CohesionModel &model, int row, int column)
{
    return model.index(row, column).data(CohesionModel::ValueRole).toDouble();
}

} // namespace

TEST(BlocsViewGroups, WeogCohesionRowsMatchTheCoreAndACountOfTheLists)
{
    BlocsFixture f;
    ASSERT_TRUE(f.load(SampleCorpus::bothDocumentsPath()));
    ASSERT_TRUE(f.view.showGroup(QStringLiteral("西欧和其他国家组")));
    const Blocs::Group weog = *Blocs::GroupTable::builtIn().find(QStringLiteral("WEOG"));
    const QList<Storage::VoteRecord> votes = SampleCorpus::committeeVotes();
    const QList<Blocs::GroupCohesion> core = Blocs::groupCohesion(votes, weog);

    const CohesionModel &model = *f.view.cohesionModel();
    ASSERT_EQ(model.rowCount(), votes.size());
    for (int r = 0; r < model.rowCount(); ++r) {
        // Counted here from the lists.
        int yes = 0, no = 0, abstain = 0, absent = 0;
        for (const QString &code : weog.members) {
            switch (listedPosition(votes[r], code)) {
            case VotePosition::Yes:
                ++yes;
                break;
            case VotePosition::No:
                ++no;
                break;
            case VotePosition::Abstain:
                ++abstain;
                break;
            case VotePosition::NonVoting:
                ++absent;
                break;
            }
        }
        EXPECT_EQ(valueOf(model, r, CohesionModel::Yes), yes);
        EXPECT_EQ(valueOf(model, r, CohesionModel::No), no);
        EXPECT_EQ(valueOf(model, r, CohesionModel::Abstain), abstain);
        EXPECT_EQ(valueOf(model, r, CohesionModel::NotVoting), absent);
        EXPECT_EQ(valueOf(model, r, CohesionModel::No), core[r].no);
        EXPECT_DOUBLE_EQ(valueOf(model, r, CohesionModel::AgreementIndex), *core[r].agreementIndex);
        EXPECT_DOUBLE_EQ(valueOf(model, r, CohesionModel::MajorityShare), *core[r].majorityShare);
        EXPECT_EQ(valueOf(model, r, CohesionModel::Otherwise), core[r].otherwise.size());
        EXPECT_EQ(model.index(r, CohesionModel::Vote).data(CohesionModel::VoteIdRole).toLongLong(),
                  votes[r].id);
    }
    // WEOG voted against all three times, every member: one agreement index of 1 per vote.
    EXPECT_EQ(f.view.cohesionChart()->values(QStringLiteral("WEOG")), (QList<double>{1, 1, 1}));
    EXPECT_EQ(f.view.cohesionChart()->categories(),
              (QStringList{QStringLiteral("(a)"), QStringLiteral("(b)"), QStringLiteral("(c)")}));
    // Every group has its bars: the five regional groups and the EU.
    EXPECT_EQ(f.view.cohesionChart()->groupNames().size(),
              Blocs::GroupTable::builtIn().groups().size());
    // Choosing the group lists its members' submissions.
    EXPECT_EQ(f.view.submissionsPane()->states(), weog.members);
}

TEST(BlocsViewGroups, GrulacSplitOnVoteAListsWhoVotedOtherwise)
{
    BlocsFixture f;
    ASSERT_TRUE(f.load(SampleCorpus::bothDocumentsPath()));
    ASSERT_TRUE(f.view.showGroup(QStringLiteral("GRULAC")));
    const Blocs::Group grulac = *Blocs::GroupTable::builtIn().find(QStringLiteral("GRULAC"));
    const Storage::VoteRecord a = SampleCorpus::committeeVotes().first();
    // The first row is chosen: its dissenters, from the lists — the members who voted but not as
    // most did (abstain, on (a)), then those who did not vote.
    QList<StatePosition> expected;
    QList<StatePosition> absent;
    for (const QString &code : grulac.members) {
        const VotePosition p = listedPosition(a, code);
        if (p == VotePosition::NonVoting)
            absent.append({code, p, 0});
        else if (p != VotePosition::Abstain)
            expected.append({code, p, 0});
    }
    expected += absent;
    const StatePositionModel &dissent = *f.view.dissentModel();
    ASSERT_EQ(dissent.rowCount(), expected.size());
    for (int r = 0; r < dissent.rowCount(); ++r) {
        EXPECT_EQ(dissent.rows()[r].code, expected[r].code);
        EXPECT_EQ(dissent.rows()[r].position, expected[r].position);
    }
}

TEST(BlocsViewVotes, SubmittingStatesAreListedWithTheirPositions)
{
    BlocsFixture f;
    ASSERT_TRUE(f.load(SampleCorpus::bothDocumentsPath()));
    const QList<Storage::VoteRecord> votes = SampleCorpus::committeeVotes();
    const Storage::VoteRecord &c = votes[2];
    ASSERT_TRUE(f.view.showVote(f.view.corpus().votes[2].id));

    QSet<QString> writers;
    for (const Storage::SubmissionRecord &s :
         SampleCorpus::submissions(SampleCorpus::bothDocumentsPath())) {
        if (s.entity)
            writers.insert(s.entity->code);
    }
    const StatePositionModel &model = *f.view.submittingModel();
    ASSERT_EQ(model.rowCount(), writers.size());
    int rank = -1;
    for (const StatePosition &row : model.rows()) {
        EXPECT_TRUE(writers.contains(row.code)) << row.code.toStdString();
        if (row.position) {
            EXPECT_EQ(*row.position, listedPosition(c, row.code)) << row.code.toStdString();
            EXPECT_GE(int(*row.position), rank) << "grouped by position";
            rank = int(*row.position);
        }
    }
}

TEST(BlocsViewCorpora, NoRecordedVoteShowsAMessageInsteadOfAnEmptyMap)
{
    for (const QString &path : {BlocsCorpora::emptyPath(), SampleCorpus::databasePath()}) {
        BlocsFixture f;
        ASSERT_TRUE(f.load(path)) << path.toStdString();
        EXPECT_TRUE(f.view.message().contains(QStringLiteral("no recorded vote")))
            << f.view.message().toStdString();
        EXPECT_EQ(f.view.heatMap()->matrix().size(), 0);
        EXPECT_EQ(f.view.blocModel()->rowCount(), 0);
        EXPECT_TRUE(f.view.corpus().votes.isEmpty());
    }
}

TEST(BlocsViewCorpora, OneVoteAloneIsAnalysed)
{
    BlocsFixture f;
    ASSERT_TRUE(f.load(BlocsCorpora::oneVotePath()));
    ASSERT_EQ(f.view.corpus().votes.size(), 1);
    EXPECT_TRUE(f.view.message().isEmpty());
    // (a): China, Cuba, Norway yes; Australia, Canada no; Japan abstaining.
    const Blocs::AgreementMatrix &m = f.view.heatMap()->matrix();
    const auto value = [&](const char *a, const char *b) {
        return *m.values[m.codes.indexOf(QLatin1String(a))][m.codes.indexOf(QLatin1String(b))];
    };
    EXPECT_EQ(setOf(m.codes), setOf(codes({"AUS", "CAN", "CHN", "CUB", "JPN", "NOR"})));
    EXPECT_EQ(value("CHN", "CUB"), 1.0);
    EXPECT_EQ(value("CHN", "AUS"), 0.0);
    EXPECT_EQ(value("JPN", "NOR"), 0.5);
    EXPECT_EQ(value("JPN", "CAN"), 0.5);
    EXPECT_EQ(f.view.dendrogram()->drawnLeaves().size(), 6);

    // Three blocs: yes, no, and Japan alone half-way between them.
    f.view.setBlocCount(3);
    EXPECT_EQ(setsOf(f.view.blocs()),
              (QSet<QSet<QString>>{setOf(codes({"CHN", "CUB", "NOR"})),
                                   setOf(codes({"AUS", "CAN"})), setOf(codes({"JPN"}))}));
    ASSERT_TRUE(f.view.showGroup(QStringLiteral("WEOG")));
    ASSERT_EQ(f.view.cohesionModel()->rowCount(), 1);
    EXPECT_EQ(f.view.cohesionChart()->categories(), QStringList{QStringLiteral("(a)")});
}

TEST(BlocsViewCorpora, VotesFromTwoReportsAreNamedApartAndCanBeChosen)
{
    BlocsFixture f;
    ASSERT_TRUE(f.load(BlocsCorpora::twoReportsPath()));
    const QList<Storage::VoteRecord> votes = BlocsCorpora::votes(BlocsCorpora::twoReportsPath());
    ASSERT_EQ(votes.size(), 5);
    EXPECT_EQ(f.view.chosenVotes().size(), 5);
    // (a) and (b) are in both reports, (c) in one.
    EXPECT_EQ(f.view.cohesionChart()->categories(),
              codes({"A/79/416:(a)", "A/79/416:(b)", "(c)", "A/99/2:(a)", "A/99/2:(b)"}));

    // The second report's two votes alone: its six states, worked out from its lists.
    QList<qint64> second;
    QList<Storage::VoteRecord> secondVotes;
    for (const Storage::VoteRecord &v : votes) {
        if (v.document == QStringLiteral("A/99/2")) {
            second.append(v.id);
            secondVotes.append(v);
        }
    }
    ASSERT_TRUE(f.analyseAfter([&] { f.view.setChosenVotes(second); }));
    const Blocs::AgreementMatrix &m = f.view.heatMap()->matrix();
    ASSERT_EQ(m.size(), 6);
    for (const QString &a : m.codes) {
        for (const QString &b : m.codes) {
            EXPECT_DOUBLE_EQ(*m.values[m.codes.indexOf(a)][m.codes.indexOf(b)],
                             agreementByHand(secondVotes, a, b))
                << a.toStdString() << " " << b.toStdString();
        }
    }
    // Australia (no, abstain) and Canada (no, no): (1 + ½) / 2.
    EXPECT_DOUBLE_EQ(
        *m.values[m.codes.indexOf(QStringLiteral("AUS"))][m.codes.indexOf(QStringLiteral("CAN"))],
        0.75);

    // No vote at all: a message, and back with one.
    ASSERT_TRUE(f.analyseAfter([&] { f.view.setChosenVotes({}); }));
    EXPECT_FALSE(f.view.message().isEmpty());
    ASSERT_TRUE(f.analyseAfter([&] { f.view.setChosenVotes({second.first()}); }));
    EXPECT_TRUE(f.view.message().isEmpty());
    EXPECT_EQ(f.view.heatMap()->matrix().size(), 6);
}
