// A group's cohesion on the votes of handvotes.h, counted by hand:
//
//          (a) (b) (c) (d)
//     BRA   Y   A   Y   Y
//     CHN   Y   Y   Y   Y
//     FRA   N   N   N   Y
//     DEU   N   N   A   Y
//     IND   A   Y   A   Y
//     KEN   -   -   Y   -
//     RUS   Y   Y   -   N
//     JPN   -   -   -   -
#include "blocs/cohesion.h"

#include "handvotes.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace Rapporteur;
using Blocs::GroupCohesion;
using Blocs::MemberPosition;
using Rapporteur::Test::words;
using P = VotePosition;

namespace {

constexpr double kEps = 1e-12;

Blocs::Group group(const char *members)
{
    Blocs::Group g;
    g.shortName = QStringLiteral("H");
    g.kind = Blocs::GroupKind::User;
    g.members = words(members);
    return g;
}

} // namespace

TEST(GroupCohesion, EveryFigureOfEachHandVote)
{
    const auto votes = Rapporteur::Test::handVotes();
    const QList<GroupCohesion> c =
        Blocs::groupCohesion(votes, group("BRA CHN FRA DEU IND KEN RUS JPN"));
    ASSERT_EQ(c.size(), 4);

    // (a): yes BRA CHN RUS, no FRA DEU, abstain IND; KEN and JPN did not vote.
    // max = 3 of 6: share ½; AI = (3 − ½·3) / 6 = ¼.
    EXPECT_EQ(c[0].members, 8);
    EXPECT_EQ(c[0].yes, 3);
    EXPECT_EQ(c[0].no, 2);
    EXPECT_EQ(c[0].abstain, 1);
    EXPECT_EQ(c[0].voted(), 6);
    EXPECT_EQ(c[0].majority, QList<P>{P::Yes});
    EXPECT_FALSE(c[0].tied());
    EXPECT_NEAR(*c[0].majorityShare, 0.5, kEps);
    EXPECT_NEAR(*c[0].agreementIndex, 0.25, kEps);
    EXPECT_EQ(c[0].otherwise, (QList<MemberPosition>{{QStringLiteral("FRA"), P::No},
                                                     {QStringLiteral("DEU"), P::No},
                                                     {QStringLiteral("IND"), P::Abstain}}));
    EXPECT_EQ(c[0].notVoting, words("KEN JPN"));

    // (b): yes CHN IND RUS, no FRA DEU, abstain BRA: the same figures, other members.
    EXPECT_EQ(c[1].otherwise, (QList<MemberPosition>{{QStringLiteral("BRA"), P::Abstain},
                                                     {QStringLiteral("FRA"), P::No},
                                                     {QStringLiteral("DEU"), P::No}}));

    // (c): yes BRA CHN KEN, no FRA, abstain DEU IND; RUS and JPN did not vote.
    // AI = (3 − ½·3) / 6 = ¼.
    EXPECT_EQ(c[2].yes, 3);
    EXPECT_EQ(c[2].no, 1);
    EXPECT_EQ(c[2].abstain, 2);
    EXPECT_NEAR(*c[2].agreementIndex, 0.25, kEps);
    EXPECT_EQ(c[2].notVoting, words("RUS JPN"));

    // (d): yes BRA CHN FRA DEU IND, no RUS: share 5/6; AI = (5 − ½·1) / 6 = ¾.
    EXPECT_EQ(c[3].yes, 5);
    EXPECT_EQ(c[3].no, 1);
    EXPECT_EQ(c[3].abstain, 0);
    EXPECT_NEAR(*c[3].majorityShare, 5.0 / 6, kEps);
    EXPECT_NEAR(*c[3].agreementIndex, 0.75, kEps);
    EXPECT_EQ(c[3].otherwise, (QList<MemberPosition>{{QStringLiteral("RUS"), P::No}}));
    EXPECT_EQ(c[3].notVoting, words("KEN JPN"));
}

TEST(GroupCohesion, UnanimousEvenSplitAndTies)
{
    const auto votes = Rapporteur::Test::handVotes();
    // FRA and DEU on (a): both no, AI 1.
    const GroupCohesion unanimous = Blocs::groupCohesion(votes[0], group("FRA DEU"));
    EXPECT_NEAR(*unanimous.agreementIndex, 1.0, kEps);
    EXPECT_NEAR(*unanimous.majorityShare, 1.0, kEps);
    EXPECT_TRUE(unanimous.otherwise.isEmpty());
    // BRA, FRA, IND on (a): one of each position: AI = (1 − ½·2) / 3 = 0, a three-way tie.
    const GroupCohesion split = Blocs::groupCohesion(votes[0], group("BRA FRA IND"));
    EXPECT_NEAR(*split.agreementIndex, 0.0, kEps);
    EXPECT_EQ(split.majority, (QList<P>{P::Yes, P::No, P::Abstain}));
    EXPECT_TRUE(split.tied());
    EXPECT_TRUE(split.otherwise.isEmpty());
    // CHN, FRA, IND on (a): yes, no, abstain again; with DEU (no) the majority is no, 2 of 4:
    // share ½, AI = (2 − ½·2) / 4 = ¼.
    const GroupCohesion four = Blocs::groupCohesion(votes[0], group("CHN FRA DEU IND"));
    EXPECT_EQ(four.majority, QList<P>{P::No});
    EXPECT_NEAR(*four.agreementIndex, 0.25, kEps);
    // CHN and FRA on (a): one yes, one no: a tie; nobody voted otherwise than the tied positions.
    const GroupCohesion tie = Blocs::groupCohesion(votes[0], group("CHN FRA"));
    EXPECT_EQ(tie.majority, (QList<P>{P::Yes, P::No}));
    EXPECT_NEAR(*tie.majorityShare, 0.5, kEps);
    EXPECT_NEAR(*tie.agreementIndex, 0.25, kEps); // (1 − ½) / 2
}

TEST(GroupCohesion, NoMemberVoted)
{
    const GroupCohesion none =
        Blocs::groupCohesion(Rapporteur::Test::handVotes()[0], group("JPN KEN"));
    EXPECT_EQ(none.voted(), 0);
    EXPECT_TRUE(none.majority.isEmpty());
    EXPECT_EQ(none.majorityShare, std::nullopt);
    EXPECT_EQ(none.agreementIndex, std::nullopt);
    EXPECT_EQ(none.notVoting, words("JPN KEN"));
}
