// Pair agreement under each option and Cohen's kappa, on the votes of handvotes.h, every value
// worked out by hand below from its table:
//
//          (a) (b) (c) (d)
//     BRA   Y   A   Y   Y
//     CHN   Y   Y   Y   Y
//     FRA   N   N   N   Y
//     DEU   N   N   A   Y
//     IND   A   Y   A   Y
//     KEN   -   -   Y   -
//     RUS   Y   Y   -   N
#include "blocs/pairagreement.h"

#include "handvotes.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace Rapporteur;
using Blocs::AbstentionRule;
using Blocs::AgreementOptions;
using Blocs::NonVotingRule;

namespace {

constexpr double kEps = 1e-12;

class HandAgreement : public ::testing::Test
{
protected:
    std::optional<double> value(const char *a, const char *b, AgreementOptions options) const
    {
        const Blocs::AgreementMatrix m = Blocs::agreementMatrix(m_votes, options);
        return m.values[m_votes.indexOf(QString::fromLatin1(a))]
                       [m_votes.indexOf(QString::fromLatin1(b))];
    }
    std::optional<double> kappa(const char *a, const char *b, NonVotingRule rule) const
    {
        return Blocs::cohensKappa(m_votes.positions[m_votes.indexOf(QString::fromLatin1(a))],
                                  m_votes.positions[m_votes.indexOf(QString::fromLatin1(b))], rule);
    }
    void expectValue(const char *a, const char *b, AgreementOptions options, double expected) const
    {
        const auto v = value(a, b, options);
        ASSERT_TRUE(v.has_value()) << a << "-" << b;
        EXPECT_NEAR(*v, expected, kEps) << a << "-" << b;
    }

    const Blocs::VoteMatrix m_votes = Blocs::buildVoteMatrix(Rapporteur::Test::handVotes());
};

const AgreementOptions kHalfExclude{AbstentionRule::Half, NonVotingRule::Exclude};
const AgreementOptions kDisagreeExclude{AbstentionRule::Disagree, NonVotingRule::Exclude};
const AgreementOptions kHalfCount{AbstentionRule::Half, NonVotingRule::Count};
const AgreementOptions kDisagreeCount{AbstentionRule::Disagree, NonVotingRule::Count};

} // namespace

TEST(PositionAgreement, EachPairOfPositionsUnderEachOption)
{
    using P = VotePosition;
    EXPECT_EQ(Blocs::positionAgreement(P::Yes, P::Yes, kHalfExclude), 1.0);
    EXPECT_EQ(Blocs::positionAgreement(P::Yes, P::No, kHalfExclude), 0.0);
    EXPECT_EQ(Blocs::positionAgreement(P::No, P::Abstain, kHalfExclude), 0.5);
    EXPECT_EQ(Blocs::positionAgreement(P::No, P::Abstain, kDisagreeExclude), 0.0);
    EXPECT_EQ(Blocs::positionAgreement(P::Abstain, P::Abstain, kDisagreeExclude), 1.0);
    EXPECT_EQ(Blocs::positionAgreement(P::Yes, P::NonVoting, kHalfExclude), std::nullopt);
    EXPECT_EQ(Blocs::positionAgreement(P::NonVoting, P::NonVoting, kHalfExclude), std::nullopt);
    EXPECT_EQ(Blocs::positionAgreement(P::Abstain, P::NonVoting, kHalfCount), 0.0);
    EXPECT_EQ(Blocs::positionAgreement(P::NonVoting, P::NonVoting, kHalfCount), 1.0);
}

TEST(PositionAgreement, OptionNamesRoundTrip)
{
    EXPECT_EQ(Blocs::abstentionRuleFromName(u"half"), AbstentionRule::Half);
    EXPECT_EQ(Blocs::abstentionRuleFromName(u"DISAGREE"), AbstentionRule::Disagree);
    EXPECT_EQ(Blocs::abstentionRuleFromName(u"zero"), std::nullopt);
    EXPECT_EQ(Blocs::nonVotingRuleFromName(u"exclude"), NonVotingRule::Exclude);
    EXPECT_EQ(Blocs::nonVotingRuleFromName(u"count"), NonVotingRule::Count);
    EXPECT_EQ(Blocs::nonVotingRuleFromName(u"ignore"), std::nullopt);
}

TEST_F(HandAgreement, AbstentionAsHalfNonVotingExcluded)
{
    // BRA–CHN: 1 + ½ (A/Y) + 1 + 1 = 3.5 over 4.
    expectValue("BRA", "CHN", kHalfExclude, 3.5 / 4);
    // BRA–FRA: 0 + ½ (A/N) + 0 + 1 = 1.5 / 4.
    expectValue("BRA", "FRA", kHalfExclude, 1.5 / 4);
    // BRA–DEU: 0 + ½ + ½ (Y/A) + 1 = 2 / 4.
    expectValue("BRA", "DEU", kHalfExclude, 0.5);
    // BRA–IND: ½ + ½ + ½ + 1 = 2.5 / 4.
    expectValue("BRA", "IND", kHalfExclude, 2.5 / 4);
    // BRA–RUS: (c) left out (Russia did not vote): 1 + ½ + 0 = 1.5 over 3.
    expectValue("BRA", "RUS", kHalfExclude, 0.5);
    // CHN–IND: ½ + 1 + ½ + 1 = 3 / 4.
    expectValue("CHN", "IND", kHalfExclude, 0.75);
    // CHN–RUS: 1 + 1 + 0 over (a), (b), (d).
    expectValue("CHN", "RUS", kHalfExclude, 2.0 / 3);
    // FRA–DEU: 1 + 1 + ½ + 1 = 3.5 / 4.
    expectValue("FRA", "DEU", kHalfExclude, 3.5 / 4);
    // FRA–RUS: 0 + 0 + 0 over three.
    expectValue("FRA", "RUS", kHalfExclude, 0.0);
    // KEN voted on (c) alone: KEN–DEU is Y/A there, ½ over 1.
    expectValue("KEN", "DEU", kHalfExclude, 0.5);
    expectValue("KEN", "BRA", kHalfExclude, 1.0);
    // KEN and RUS never voted on the same vote: nothing to compare.
    EXPECT_EQ(value("KEN", "RUS", kHalfExclude), std::nullopt);
    EXPECT_EQ(value("RUS", "KEN", kHalfExclude), std::nullopt);
    // A state with itself.
    expectValue("RUS", "RUS", kHalfExclude, 1.0);
}

TEST_F(HandAgreement, AbstentionAsDisagreement)
{
    // BRA–CHN: 1 + 0 + 1 + 1 = 3 / 4.
    expectValue("BRA", "CHN", kDisagreeExclude, 0.75);
    // BRA–IND: every abstention now disagrees: only (d), 1 / 4.
    expectValue("BRA", "IND", kDisagreeExclude, 0.25);
    // DEU–IND: 0 + 0 + 1 (A/A) + 1 = 2 / 4.
    expectValue("DEU", "IND", kDisagreeExclude, 0.5);
    // FRA–DEU: 1 + 1 + 0 + 1.
    expectValue("FRA", "DEU", kDisagreeExclude, 0.75);
    // IND–RUS: 0 + 1 + 0 over (a), (b), (d).
    expectValue("IND", "RUS", kDisagreeExclude, 1.0 / 3);
    EXPECT_EQ(value("KEN", "RUS", kDisagreeExclude), std::nullopt);
}

TEST_F(HandAgreement, NonVotingCountedAsAPositionOfItsOwn)
{
    // BRA–RUS: (c) is Y against not voting, 0: 1 + ½ + 0 + 0 over 4.
    expectValue("BRA", "RUS", kHalfCount, 1.5 / 4);
    // CHN–RUS: 1 + 1 + 0 + 0 over 4.
    expectValue("CHN", "RUS", kHalfCount, 0.5);
    // IND–RUS: ½ + 1 + 0 + 0 over 4.
    expectValue("IND", "RUS", kHalfCount, 1.5 / 4);
    // KEN–BRA: only (c) agrees; not voting differs from every vote cast: 1 / 4.
    expectValue("KEN", "BRA", kHalfCount, 0.25);
    // KEN–RUS: now compared on every vote, and never equal.
    expectValue("KEN", "RUS", kHalfCount, 0.0);
    // Pairs of states that always voted are as with exclude.
    expectValue("BRA", "CHN", kHalfCount, 3.5 / 4);
    // With both options: IND–RUS 0 + 1 + 0 + 0.
    expectValue("IND", "RUS", kDisagreeCount, 0.25);
}

TEST_F(HandAgreement, MatrixIsSymmetricWithItsCounts)
{
    const Blocs::AgreementMatrix m = Blocs::agreementMatrix(m_votes, kHalfExclude);
    ASSERT_EQ(m.size(), 7);
    for (qsizetype i = 0; i < m.size(); ++i) {
        for (qsizetype j = 0; j < m.size(); ++j) {
            EXPECT_EQ(m.values[i][j], m.values[j][i]);
            EXPECT_EQ(m.compared[i][j], m.compared[j][i]);
        }
    }
    const auto at = [&](const char *a, const char *b) {
        return m.compared[m_votes.indexOf(QString::fromLatin1(a))]
                         [m_votes.indexOf(QString::fromLatin1(b))];
    };
    EXPECT_EQ(at("BRA", "CHN"), 4);
    EXPECT_EQ(at("BRA", "RUS"), 3);
    EXPECT_EQ(at("KEN", "CHN"), 1);
    EXPECT_EQ(at("KEN", "RUS"), 0);
}

TEST_F(HandAgreement, ReorderedMovesRowsAndColumnsTogether)
{
    const Blocs::AgreementMatrix m = Blocs::agreementMatrix(m_votes, kHalfExclude);
    const Blocs::AgreementMatrix r = m.reordered({6, 0, 2}); // RUS, BRA, FRA
    EXPECT_EQ(r.codes, Rapporteur::Test::words("RUS BRA FRA"));
    EXPECT_NEAR(*r.values[0][1], 0.5, kEps);     // RUS–BRA
    EXPECT_NEAR(*r.values[1][2], 1.5 / 4, kEps); // BRA–FRA
    EXPECT_NEAR(*r.values[2][0], 0.0, kEps);     // FRA–RUS
    EXPECT_EQ(r.compared[0][1], 3);
}

TEST_F(HandAgreement, CohensKappa)
{
    // FRA N N N Y, DEU N N A Y: pₒ = 3/4; FRA N 3/4 Y 1/4, DEU N 2/4 A 1/4 Y 1/4:
    // pₑ = 3/4·2/4 + 1/4·1/4 = 7/16; κ = (12/16 − 7/16) / (9/16) = 5/9.
    EXPECT_NEAR(*kappa("FRA", "DEU", NonVotingRule::Exclude), 5.0 / 9, kEps);
    // DEU N N A Y, IND A Y A Y: pₒ = 2/4; pₑ = A 1/4·2/4 + Y 1/4·2/4 = 1/4; κ = (1/2 − 1/4)/(3/4).
    EXPECT_NEAR(*kappa("DEU", "IND", NonVotingRule::Exclude), 1.0 / 3, kEps);
    // FRA N N N Y, IND A Y A Y: pₒ = 1/4; pₑ = Y 1/4·2/4 = 1/8; κ = (1/8)/(7/8) = 1/7.
    EXPECT_NEAR(*kappa("FRA", "IND", NonVotingRule::Exclude), 1.0 / 7, kEps);
    // BRA–RUS over (a), (b), (d): Y A Y against Y Y N: pₒ = 1/3; pₑ = Y 2/3·2/3 = 4/9;
    // κ = (3/9 − 4/9)/(5/9) = −1/5: less agreement than chance.
    EXPECT_NEAR(*kappa("BRA", "RUS", NonVotingRule::Exclude), -0.2, kEps);
    // BRA–CHN: Y A Y Y against Y Y Y Y: pₒ = 3/4 = pₑ (China always yes): κ = 0.
    EXPECT_NEAR(*kappa("BRA", "CHN", NonVotingRule::Exclude), 0.0, kEps);
    // CHN–RUS counting non-voting: Y Y Y Y against Y Y - N: pₒ = 2/4, pₑ = 1·2/4: κ = 0.
    EXPECT_NEAR(*kappa("CHN", "RUS", NonVotingRule::Count), 0.0, kEps);
    // KEN–RUS with non-voting counted: - - Y - against Y Y - N: pₒ = 0; KEN NV 3/4 Y 1/4,
    // RUS Y 2/4 NV 1/4 N 1/4: pₑ = 3/4·1/4 + 1/4·2/4 = 5/16; κ = (0 − 5/16)/(11/16) = −5/11.
    EXPECT_NEAR(*kappa("KEN", "RUS", NonVotingRule::Count), -5.0 / 11, kEps);
}

TEST_F(HandAgreement, KappaUndefinedWithoutVotesOrWhenChanceExplainsAll)
{
    // No vote in common.
    EXPECT_EQ(kappa("KEN", "RUS", NonVotingRule::Exclude), std::nullopt);
    // China always yes, with itself: pₑ = 1.
    EXPECT_EQ(kappa("CHN", "CHN", NonVotingRule::Exclude), std::nullopt);
    // KEN–BRA compare on (c) alone, both yes: pₑ = 1.
    EXPECT_EQ(kappa("KEN", "BRA", NonVotingRule::Exclude), std::nullopt);
    // The matrix holds the same values.
    const auto k = Blocs::kappaMatrix(m_votes, NonVotingRule::Exclude);
    EXPECT_NEAR(*k[m_votes.indexOf(QStringLiteral("FRA"))][m_votes.indexOf(QStringLiteral("DEU"))],
                5.0 / 9, kEps);
    EXPECT_EQ(k[m_votes.indexOf(QStringLiteral("KEN"))][m_votes.indexOf(QStringLiteral("RUS"))],
              std::nullopt);
}

// Votes beyond the first 64 (the matrix counts 64 votes at a time): 130 votes where one state's
// positions cycle yes, no, abstain, non-voting and the other's stay on each for two votes.
// The expected figures are summed here vote by vote with positionAgreement (checked by hand
// above), under each option, and compared with the matrix and with pairAgreement.
TEST(AgreementMatrix, CountsEveryVotePastTheFirstSixtyFour)
{
    constexpr int kVotes = 130;
    Blocs::VoteMatrix matrix;
    matrix.states = Rapporteur::Test::words("AAA BBB");
    matrix.positions = {QList<VotePosition>(), QList<VotePosition>()};
    for (int v = 0; v < kVotes; ++v) {
        matrix.votes.append(Storage::VoteRecord{});
        matrix.positions[0].append(static_cast<VotePosition>(v % 4));
        matrix.positions[1].append(static_cast<VotePosition>((v / 2) % 4));
    }
    for (const AgreementOptions &options :
         {kHalfExclude, kDisagreeExclude, kHalfCount, kDisagreeCount}) {
        double sum = 0;
        int compared = 0;
        for (int v = 0; v < kVotes; ++v) {
            const auto score =
                Blocs::positionAgreement(matrix.positions[0][v], matrix.positions[1][v], options);
            if (score) {
                sum += *score;
                ++compared;
            }
        }
        const Blocs::AgreementMatrix m = Blocs::agreementMatrix(matrix, options);
        EXPECT_EQ(m.compared[0][1], compared);
        ASSERT_TRUE(m.values[0][1].has_value());
        EXPECT_NEAR(*m.values[0][1], sum / compared, kEps);
        const Blocs::PairAgreement pair =
            Blocs::pairAgreement(matrix.positions[0], matrix.positions[1], options);
        EXPECT_EQ(pair.compared, compared);
        EXPECT_NEAR(pair.sum, sum, kEps);
    }
    // Exclude: each state is non-voting on 32 of the 130 (AAA on votes 3, 7, …, 127; BBB on
    // 6, 7, 14, 15, …, 126, 127), so a state compares 98 votes with itself.
    const Blocs::AgreementMatrix m = Blocs::agreementMatrix(matrix, kHalfExclude);
    EXPECT_EQ(m.compared[0][0], kVotes - 32);
    EXPECT_EQ(m.compared[1][1], kVotes - 32);
}
