// Over the General Assembly's record a state that was not a member when a roll call was taken
// has no row in it; it is compared on that roll call under no rule, while a member that did not
// vote is left out (non-voting excluded) or counted as a position (non-voting counted). Every
// value below is worked out by hand from this table ("·": no row; two sessions):
//
//                 65/1  65/2  66/1
//     AUS          Y     N     -      (- : a member that did not vote)
//     CHN          Y     Y     Y
//     SSD          ·     ·     Y      (South Sudan, admitted in 2011)
//     USA          N     N     Y
#include "blocs/agreementlong.h"
#include "blocs/cohesion.h"
#include "blocs/pairagreement.h"
#include "blocs/rollcallvotes.h"
#include "storage/rollcallpositions.h"

#include <gtest/gtest.h>

using namespace Rapporteur;
using Blocs::AbstentionRule;
using Blocs::AgreementOptions;
using Blocs::NonVotingRule;
using Storage::RollCallPosition;
using Storage::RollCallPositionTable;

namespace {

constexpr double kEps = 1e-12;
const AgreementOptions kExclude{AbstentionRule::Half, NonVotingRule::Exclude};
const AgreementOptions kCount{AbstentionRule::Half, NonVotingRule::Count};

RollCallPositionTable handTable()
{
    RollCallPositionTable table;
    int id = 0;
    for (const char *session : {"65", "65", "66"}) {
        Storage::RollCall rc;
        rc.id = ++id;
        rc.session = QString::fromLatin1(session);
        table.rollCalls.append(rc);
    }
    constexpr auto Y = quint8(RollCallPosition::Yes);
    constexpr auto N = quint8(RollCallPosition::No);
    constexpr auto V = quint8(RollCallPosition::NonVoting);
    constexpr auto X = RollCallPositionTable::kNoRow;
    table.codes = {QStringLiteral("AUS"), QStringLiteral("CHN"), QStringLiteral("SSD"),
                   QStringLiteral("USA")};
    table.cells = {Y, N, V, //
                   Y, Y, Y, //
                   X, X, Y, //
                   N, N, Y};
    return table;
}

class RollCallMembership : public ::testing::Test
{
protected:
    const Blocs::AgreementMatrix &matrix(const AgreementOptions &options)
    {
        m_agreement = Blocs::agreementMatrix(m_votes, options);
        return m_agreement;
    }
    qsizetype at(const char *code) const { return m_votes.indexOf(QString::fromLatin1(code)); }

    const Blocs::VoteMatrix m_votes = Blocs::rollCallMatrix(handTable());
    Blocs::AgreementMatrix m_agreement;
};

} // namespace

TEST_F(RollCallMembership, TheMatrixKnowsWhichVotesAStateWasAMemberFor)
{
    ASSERT_EQ(m_votes.states.size(), 4);
    EXPECT_FALSE(m_votes.isMember(at("SSD"), 0));
    EXPECT_FALSE(m_votes.isMember(at("SSD"), 1));
    EXPECT_TRUE(m_votes.isMember(at("SSD"), 2));
    EXPECT_TRUE(m_votes.isMember(at("AUS"), 2)); // a member that did not vote
}

TEST_F(RollCallMembership, NonVotingCountedCountsOnlyMembers)
{
    // CHN–SSD: only 66/1, both yes. Were SSD's two missing rows non-voting, counting them would
    // give 1/3.
    const auto &counted = matrix(kCount);
    EXPECT_NEAR(*counted.values[at("CHN")][at("SSD")], 1.0, kEps);
    EXPECT_EQ(counted.compared[at("CHN")][at("SSD")], 1);
    // AUS–SSD: only 66/1, AUS not voting against SSD's yes: 0 when counted.
    EXPECT_NEAR(*counted.values[at("AUS")][at("SSD")], 0.0, kEps);
    EXPECT_EQ(counted.compared[at("AUS")][at("SSD")], 1);
    // AUS–USA: Y/N 0, N/N 1, -/Y 0 over three votes.
    EXPECT_NEAR(*counted.values[at("AUS")][at("USA")], 1.0 / 3, kEps);
    EXPECT_EQ(counted.compared[at("AUS")][at("USA")], 3);

    const auto &excluded = matrix(kExclude);
    EXPECT_FALSE(excluded.values[at("AUS")][at("SSD")].has_value());
    EXPECT_EQ(excluded.compared[at("AUS")][at("SSD")], 0);
    EXPECT_NEAR(*excluded.values[at("AUS")][at("USA")], 0.5, kEps);
    EXPECT_EQ(excluded.compared[at("AUS")][at("USA")], 2);
    EXPECT_NEAR(*excluded.values[at("CHN")][at("SSD")], 1.0, kEps);
}

TEST_F(RollCallMembership, KappaAndThePairOverTimeLeaveNonMembersOut)
{
    // CHN–SSD counted: one vote compared, both yes: pₑ = 1, no kappa. CHN–USA counted: Y/N, Y/N,
    // Y/Y: pₒ = 1/3, CHN all yes (1, 0), USA (1/3 yes, 2/3 no): pₑ = 1/3, κ = 0.
    const auto kappa = Blocs::kappaMatrix(m_votes, NonVotingRule::Count);
    EXPECT_FALSE(kappa[at("CHN")][at("SSD")].has_value());
    ASSERT_TRUE(kappa[at("CHN")][at("USA")].has_value());
    EXPECT_NEAR(*kappa[at("CHN")][at("USA")], 0.0, kEps);

    // AUS–SSD session by session, counted: nothing in 65 (SSD not a member), 0 over one vote in 66.
    const auto rows = Blocs::pairAgreementBySession(handTable(), QStringLiteral("AUS"),
                                                    QStringLiteral("SSD"), kCount);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0].session, QStringLiteral("66"));
    EXPECT_NEAR(rows[0].agreement, 0.0, kEps);
    EXPECT_EQ(rows[0].compared, 1);
}

// A group of AUS, SSD and USA. 65/1: AUS yes, USA no, SSD not yet a member: a tie of one and
// one, AI = (1 − ½ · 1) / 2 = 0.25, SSD not voting. 66/1: SSD and USA yes, AUS not voting:
// AI 1. The same as from each roll call's lists of names.
TEST_F(RollCallMembership, GroupCohesionFromTheMatrix)
{
    Blocs::Group group;
    group.shortName = QStringLiteral("Three");
    group.members = {QStringLiteral("AUS"), QStringLiteral("SSD"), QStringLiteral("USA")};
    const QList<Blocs::GroupCohesion> c = Blocs::groupCohesion(m_votes, group);
    ASSERT_EQ(c.size(), 3);
    EXPECT_EQ(c[0].yes, 1);
    EXPECT_EQ(c[0].no, 1);
    EXPECT_TRUE(c[0].tied());
    EXPECT_NEAR(*c[0].agreementIndex, 0.25, kEps);
    EXPECT_EQ(c[0].notVoting, QStringList{QStringLiteral("SSD")});
    EXPECT_EQ(c[2].yes, 2);
    EXPECT_NEAR(*c[2].agreementIndex, 1.0, kEps);
    EXPECT_EQ(c[2].notVoting, QStringList{QStringLiteral("AUS")});
}
