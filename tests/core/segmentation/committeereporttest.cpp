#include "pipeline.h"

#include "referencedata/entityregistry.h"
#include "segmentation/committeereport.h"
#include "segmentation/namelist.h"

#include "testsupport.h"

#include <gtest/gtest.h>

using namespace Rapporteur;
using Rapporteur::Test::fixturePath;

namespace {

using Rapporteur::Test::entityCodes;
ParsedDocument readVotes(const QString &fixture)
{
    ParsedDocument doc = Test::readDocument(fixturePath(fixture));
    Segmentation::readCommitteeReport(doc, ReferenceData::EntityRegistry::builtIn());
    return doc;
}

} // namespace

TEST(CommitteeReportReader, SingleVoteOnTheDraftWithListBrokenByAPage)
{
    const ParsedDocument doc = readVotes(QStringLiteral("vote-single-page-break.zh.txt"));
    ASSERT_EQ(doc.votes.size(), 1);
    const RecordedVote &v = doc.votes.first();
    EXPECT_TRUE(v.label.isEmpty());
    EXPECT_EQ(v.subjectKind, VoteSubjectKind::WholeDraft);
    EXPECT_EQ(v.draftSymbol, QStringLiteral("A/C.1/99/L.1"));
    EXPECT_EQ(v.date, QDate(2030, 11, 2));
    EXPECT_EQ(v.meeting, 20);
    EXPECT_EQ(entityCodes(v.yes),
              (QStringList{QStringLiteral("DZA"), QStringLiteral("ATG"), QStringLiteral("BLR"),
                           QStringLiteral("CHN"), QStringLiteral("NOR")}));
    EXPECT_EQ(entityCodes(v.no), (QStringList{QStringLiteral("AUS"), QStringLiteral("CAN")}));
    EXPECT_EQ(entityCodes(v.abstain), QStringList{QStringLiteral("JPN")});
    EXPECT_TRUE(v.countsMatch());
    ASSERT_EQ(v.notes.size(), 1);
    EXPECT_EQ(v.notes[0].state.entityCode, QStringLiteral("NOR"));
    EXPECT_EQ(v.notes[0].intended, VotePosition::No);
    EXPECT_TRUE(doc.errors.isEmpty());
    EXPECT_TRUE(doc.resolution.isEmpty());
}

TEST(CommitteeReportReader, CountedListsThatDifferFromStatedFiguresAreAnError)
{
    const ParsedDocument doc = readVotes(QStringLiteral("vote-count-mismatch.zh.txt"));
    ASSERT_EQ(doc.votes.size(), 1);
    EXPECT_FALSE(doc.votes[0].countsMatch());
    ASSERT_EQ(doc.errors.size(), 1);
    EXPECT_TRUE(doc.errors[0].contains(QStringLiteral("states 3 in favour but lists 2")))
        << doc.errors[0].toStdString();
}

// The lists hold as many names as the stated figures, but the United States is in two of them
// (3 in favour, 2 against, as stated): a state votes once, so the reading cannot be right.
TEST(CommitteeReportReader, StateInTwoListsOfOneVoteIsAnError)
{
    const ParsedDocument doc = readVotes(QStringLiteral("vote-state-listed-twice.zh.txt"));
    ASSERT_EQ(doc.votes.size(), 1);
    const RecordedVote &v = doc.votes[0];
    EXPECT_EQ(v.yes.size(), v.statedYes);
    EXPECT_EQ(v.no.size(), v.statedNo);
    EXPECT_EQ(v.listedTwice(), QStringList{QStringLiteral("USA")});
    EXPECT_FALSE(v.countsMatch());
    ASSERT_EQ(doc.errors.size(), 1);
    EXPECT_TRUE(
        doc.errors[0].contains(QStringLiteral("美利坚合众国 (USA) is listed more than once")))
        << doc.errors[0].toStdString();
}

TEST(CommitteeReportReader, NameThatResolvesToNoEntityIsReported)
{
    const ParsedDocument doc = readVotes(QStringLiteral("vote-unknown-name.zh.txt"));
    ASSERT_EQ(doc.votes.size(), 1);
    ASSERT_EQ(doc.votes[0].yes.size(), 2);
    EXPECT_TRUE(doc.votes[0].yes[1].entityCode.isEmpty());
    EXPECT_EQ(doc.votes[0].yes[1].written, QStringLiteral("乌托邦共和国"));
    ASSERT_EQ(doc.warnings.size(), 1);
    EXPECT_TRUE(doc.warnings[0].contains(QStringLiteral("乌托邦共和国")));
}

TEST(CommitteeReportReader, CompilationReportHasNoVotes)
{
    const ParsedDocument doc = readVotes(QStringLiteral("compilation-small.zh.txt"));
    EXPECT_TRUE(doc.votes.isEmpty());
    EXPECT_TRUE(doc.sponsorships.isEmpty());
    EXPECT_TRUE(doc.resolution.isEmpty());
}

TEST(NameList, SplitsOnEnumerationCommaAndFinalConjunction)
{
    const auto &r = ReferenceData::EntityRegistry::builtIn();
    EXPECT_EQ(entityCodes(Segmentation::readNameList(
                  QStringLiteral("安提瓜和巴布达、委内瑞拉玻利瓦尔共和国和津巴布韦。"), r,
                  Text::LanguageRules::forLanguage(u"zh"))),
              (QStringList{QStringLiteral("ATG"), QStringLiteral("VEN"), QStringLiteral("ZWE")}));
}
