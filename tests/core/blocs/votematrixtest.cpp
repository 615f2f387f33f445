// Choosing votes by label and laying them out as states × votes, on votes made by hand
// (handvotes.h).
#include "blocs/votematrix.h"

#include "handvotes.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace Rapporteur;
using Blocs::VoteSelector;
using Rapporteur::Test::handVote;
using Rapporteur::Test::handVotes;
using Rapporteur::Test::words;

namespace {

QStringList labelsOf(const QList<Storage::VoteRecord> &votes)
{
    QStringList out;
    for (const auto &v : votes)
        out.append(v.document + QLatin1Char(':') + v.label);
    return out;
}

// Two reports that both have a vote (a).
QList<Storage::VoteRecord> twoReports()
{
    return {handVote(QStringLiteral("A/0/1"), QStringLiteral("(a)"), {QStringLiteral("CHN")}, {},
                     {}, {}),
            handVote(QStringLiteral("A/0/1"), QStringLiteral("(b)"), {QStringLiteral("CHN")}, {},
                     {}, {}),
            handVote(QStringLiteral("A/0/2"), QStringLiteral("(a)"), {QStringLiteral("FRA")}, {},
                     {}, {})};
}

} // namespace

TEST(VoteSelector, SplitsTheDocumentAtTheLastColon)
{
    EXPECT_EQ(VoteSelector::parse(u"A/79/416:(a)").document, QStringLiteral("A/79/416"));
    EXPECT_EQ(VoteSelector::parse(u"A/79/416:(a)").label, QStringLiteral("(a)"));
    EXPECT_EQ(VoteSelector::parse(u" (c) ").document, QString());
    EXPECT_EQ(VoteSelector::parse(u" (c) ").label, QStringLiteral("(c)"));
}

TEST(VoteSelector, LabelsMatchWithoutBracketsCaseOrWidth)
{
    const auto vote = handVote(QStringLiteral("A/79/416"), QStringLiteral("(a)"), {}, {}, {}, {});
    for (const char16_t *text : {u"(a)", u"a", u"A", u"（a）", u"a/79/416:(a)", u"A/79/416: a"})
        EXPECT_TRUE(VoteSelector::parse(text).matches(vote))
            << QString::fromUtf16(text).toStdString();
    for (const char16_t *text : {u"(b)", u"A/79/417:(a)", u"(a)(a)"})
        EXPECT_FALSE(VoteSelector::parse(text).matches(vote))
            << QString::fromUtf16(text).toStdString();
}

TEST(SelectVotes, AnUnqualifiedLabelMatchesInEveryDocument)
{
    const auto votes = twoReports();
    auto chosen = Blocs::selectVotes(votes, {QStringLiteral("(a)")});
    ASSERT_TRUE(chosen.ok());
    EXPECT_EQ(labelsOf(*chosen), words("A/0/1:(a) A/0/2:(a)"));

    chosen = Blocs::selectVotes(votes, {QStringLiteral("A/0/2:(a)")});
    ASSERT_TRUE(chosen.ok());
    EXPECT_EQ(labelsOf(*chosen), words("A/0/2:(a)"));
}

TEST(SelectVotes, KeepsCorpusOrderOnceEachAndAllWithoutSelectors)
{
    const auto votes = twoReports();
    auto chosen = Blocs::selectVotes(
        votes, {QStringLiteral("A/0/2:(a)"), QStringLiteral("(b)"), QStringLiteral("(a)")});
    ASSERT_TRUE(chosen.ok());
    EXPECT_EQ(labelsOf(*chosen), words("A/0/1:(a) A/0/1:(b) A/0/2:(a)"));
    chosen = Blocs::selectVotes(votes, {});
    ASSERT_TRUE(chosen.ok());
    EXPECT_EQ(chosen->size(), 3);
}

TEST(SelectVotes, ALabelThatMatchesNothingIsAnError)
{
    const auto chosen =
        Blocs::selectVotes(twoReports(), {QStringLiteral("(a)"), QStringLiteral("A/0/2:(b)")});
    ASSERT_FALSE(chosen.ok());
    EXPECT_EQ(chosen.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(chosen.error().userMessage.contains(QStringLiteral("A/0/2")))
        << chosen.error().userMessage.toStdString();
}

TEST(VoteKey, QualifiesOnlyALabelThatRepeats)
{
    const auto votes = twoReports();
    EXPECT_EQ(Blocs::voteKey(votes[0], votes), QStringLiteral("A/0/1:(a)"));
    EXPECT_EQ(Blocs::voteKey(votes[1], votes), QStringLiteral("(b)"));
    EXPECT_EQ(Blocs::voteKey(votes[2], votes), QStringLiteral("A/0/2:(a)"));
    // Whatever the key, it names that vote alone.
    for (const auto &v : votes) {
        auto chosen = Blocs::selectVotes(votes, {Blocs::voteKey(v, votes)});
        ASSERT_TRUE(chosen.ok());
        EXPECT_EQ(labelsOf(*chosen), labelsOf({v}));
    }
}

TEST(VoteMatrix, StatesThatVotedInTableOrderWithTheirPositions)
{
    const Blocs::VoteMatrix m = Blocs::buildVoteMatrix(handVotes());
    // Brazil, China, France, Germany, India, Kenya, Russian Federation: the UN's English order.
    EXPECT_EQ(m.states, words("BRA CHN FRA DEU IND KEN RUS"));
    // Japan is in no list of any vote.
    EXPECT_EQ(m.absentThroughout, words("JPN"));
    ASSERT_EQ(m.voteCount(), 4);
    using P = VotePosition;
    EXPECT_EQ(m.positions[m.indexOf(QStringLiteral("BRA"))],
              (QList<P>{P::Yes, P::Abstain, P::Yes, P::Yes}));
    EXPECT_EQ(m.positions[m.indexOf(QStringLiteral("DEU"))],
              (QList<P>{P::No, P::No, P::Abstain, P::Yes}));
    EXPECT_EQ(m.positions[m.indexOf(QStringLiteral("KEN"))],
              (QList<P>{P::NonVoting, P::NonVoting, P::Yes, P::NonVoting}));
    EXPECT_EQ(m.positions[m.indexOf(QStringLiteral("RUS"))],
              (QList<P>{P::Yes, P::Yes, P::NonVoting, P::No}));
}

TEST(VoteMatrix, ObserversOrganisationsAndUnresolvedNamesCastNoVote)
{
    auto vote = handVote(QStringLiteral("A/0/1"), QStringLiteral("(a)"),
                         {QStringLiteral("CHN"), QStringLiteral("PSE")}, {QStringLiteral("EUU")},
                         {QStringLiteral("FRA")}, {});
    vote.yes.append({QString(), QStringLiteral("某国")}); // resolved to nothing
    const Blocs::VoteMatrix m = Blocs::buildVoteMatrix({vote});
    EXPECT_EQ(m.states, words("CHN FRA"));
}

TEST(VoteMatrix, NoVotesNoStates)
{
    const Blocs::VoteMatrix m = Blocs::buildVoteMatrix({});
    EXPECT_EQ(m.stateCount(), 0);
    EXPECT_TRUE(m.positions.isEmpty());
}
