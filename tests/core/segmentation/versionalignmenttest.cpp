// Two language versions of one report aligned: a report written by hand in English
// (compilation-small.en.txt) and its Chinese translation (compilation-small-translated.zh.txt),
// in which Australia's first paragraph was read as two. The pairs expected are read off the two
// fixtures side by side.
#include "pipeline.h"

#include "referencedata/entityregistry.h"
#include "segmentation/committeereport.h"
#include "segmentation/versionalignment.h"

#include "testsupport.h"

#include <gtest/gtest.h>

using namespace Rapporteur;
using Rapporteur::Test::fixturePath;

namespace {

ParsedDocument read(const char *fixture)
{
    ParsedDocument doc = Test::readDocument(fixturePath(QString::fromLatin1(fixture)));
    Segmentation::readCommitteeReport(doc, ReferenceData::EntityRegistry::builtIn());
    return doc;
}

// "left text | right text" for each pair, texts cut to their first characters.
QStringList pairsOf(const ParsedDocument &left, const ParsedDocument &right,
                    const QList<Segmentation::AlignedParagraphs> &pairs, int cut)
{
    QStringList out;
    for (const auto &p : pairs)
        out.append(QStringLiteral("%1 | %2").arg(
            p.left >= 0 ? left.paragraphs[p.left].text.left(cut) : QString(),
            p.right >= 0 ? right.paragraphs[p.right].text.left(cut) : QString()));
    return out;
}

} // namespace

TEST(VersionAlignment, SubmissionsPairByStateAndParagraphsByOrderAndLength)
{
    const ParsedDocument en = read("compilation-small.en.txt");
    const ParsedDocument zh = read("compilation-small-translated.zh.txt");
    ASSERT_EQ(en.language, QStringLiteral("en"));
    ASSERT_EQ(zh.language, QStringLiteral("zh"));
    ASSERT_EQ(en.submissions.size(), 12);
    ASSERT_EQ(zh.submissions.size(), 12);

    const auto alignment = Segmentation::alignVersions(en, zh);
    ASSERT_EQ(alignment.submissions.size(), 12);
    QStringList states;
    for (const auto &s : alignment.submissions) {
        ASSERT_GE(s.left, 0);
        ASSERT_GE(s.right, 0);
        EXPECT_EQ(en.submissions[s.left].entityCode, zh.submissions[s.right].entityCode);
        states.append(s.entityCode);
    }
    EXPECT_EQ(states,
              QStringLiteral("AUS BLR CAN CIV JPN NLD PSE TUR GBR VEN EUU VAT").split(u' '));

    // Australia: its first English paragraph faces the two the Chinese reading made of it.
    EXPECT_EQ(pairsOf(en, zh, alignment.submissions[0].paragraphs, 9),
              (QStringList{QStringLiteral("Australia | 澳大利亚认为，出口"),
                           QStringLiteral("Australia | 出口管制并不妨碍合"),
                           QStringLiteral("Export co | 出口管制"),
                           QStringLiteral("Membershi | 澳大利亚集团的成员")}));
    for (qsizetype s = 1; s < alignment.submissions.size(); ++s) {
        const auto &pairs = alignment.submissions[s].paragraphs;
        ASSERT_EQ(pairs.size(), 1) << s;
        EXPECT_GT(pairs[0].score, 0.3) << s;
    }
    // The paragraphs outside the submissions: titles, sections and the introduction, one to one.
    EXPECT_EQ(pairsOf(en, zh, alignment.outside, 4),
              (QStringList{QStringLiteral("Prom | 在国际安"), QStringLiteral("Repo | 秘书长的"),
                           QStringLiteral("I. I | 一. 导"), QStringLiteral("1. I | 1. 大"),
                           QStringLiteral("2. T | 2. 本"), QStringLiteral("II.  | 二. 收"),
                           QStringLiteral("A. G | A. 各"), QStringLiteral("III. | 三. 观")}));
    EXPECT_TRUE(alignment.differences.isEmpty()) << alignment.differences.join(u'\n').toStdString();
}

// A state that one version has and the other has not stands alone, with its paragraphs facing
// nothing.
TEST(VersionAlignment, ASubmissionOnlyOneVersionHasFacesNothing)
{
    const ParsedDocument en = read("compilation-small.en.txt");
    ParsedDocument zh = read("compilation-small-translated.zh.txt");
    zh.submissions[4].entityCode = QStringLiteral("ZZZ"); // Japan read as something else
    const auto alignment = Segmentation::alignVersions(en, zh);
    ASSERT_EQ(alignment.submissions.size(), 13);
    EXPECT_EQ(alignment.submissions[4].entityCode, QStringLiteral("JPN"));
    EXPECT_EQ(alignment.submissions[4].right, -1);
    ASSERT_EQ(alignment.submissions[4].paragraphs.size(), 1);
    EXPECT_EQ(alignment.submissions[4].paragraphs[0].right, -1);
    EXPECT_EQ(alignment.submissions[12].left, -1);
    EXPECT_EQ(alignment.submissions[12].right, 4);
}

// The same report read twice, the second reading with a state moved from one list to another: the
// versions cannot both be right, and the difference is reported.
TEST(VersionAlignment, VotesAndSponsorsThatDifferAreReported)
{
    const ParsedDocument en = read("committee-report-three-votes.en.txt");
    ParsedDocument other = en;
    other.language = QStringLiteral("zh");
    ASSERT_EQ(other.votes.size(), 3);
    other.votes[1].abstain.append(other.votes[1].no.takeLast());
    other.sponsorships[0].joined.removeLast();
    const auto alignment = Segmentation::alignVersions(en, other);
    EXPECT_EQ(alignment.differences,
              (QStringList{QStringLiteral("vote (b): the en and zh versions list different "
                                          "states against"),
                           QStringLiteral("vote (b): the en and zh versions list different "
                                          "states abstaining"),
                           QStringLiteral("sponsors of A/C.1/99/L.9/Rev.1: the en and zh versions "
                                          "name different states")}));
    EXPECT_TRUE(Segmentation::alignVersions(en, en).differences.isEmpty());
}
