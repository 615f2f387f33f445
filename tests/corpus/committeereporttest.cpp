// Exact expectations on the sample committee report A/79/416 (First Committee, resolution
// 79/80), at the level of the reading: sponsors, the three recorded votes, the draft's text.
// Expected values come from the report itself: the stated figures, and names checked by reading
// the lists.
#include "segmentation/committeereport.h"
#include "importer/extractedtextlayout.h"
#include "importer/textfilereader.h"
#include "referencedata/entityregistry.h"
#include "segmentation/documentsegmenter.h"
#include "segmentation/reflow.h"

#include "testsupport.h"

#include <gtest/gtest.h>

using namespace Rapporteur;

namespace {

ParsedDocument readReport()
{
    auto decoded = Importer::readTextFile(
        Rapporteur::Test::corpusPath(QStringLiteral("first-committee-79-item-106-report.zh.txt")));
    const auto reflowed = Segmentation::reflow(Importer::analyseExtractedText(decoded->text));
    const auto &entities = ReferenceData::EntityRegistry::builtIn();
    ParsedDocument doc = Segmentation::segmentDocument(reflowed.blocks, entities);
    Segmentation::readCommitteeReport(doc, entities);
    return doc;
}

const ParsedDocument &report()
{
    static const ParsedDocument doc = readReport();
    return doc;
}

QStringList codes(const QList<NamedEntity> &list)
{
    QStringList out;
    for (const auto &n : list)
        out.append(n.entityCode);
    return out;
}

qsizetype indexOf(const QList<NamedEntity> &list, const char *code)
{
    return codes(list).indexOf(QLatin1String(code));
}

} // namespace

TEST(CommitteeReport, ThreeVotesWhoseCountsMatchTheStatedFigures)
{
    const auto &votes = report().votes;
    ASSERT_EQ(votes.size(), 3);
    const int stated[3][3] = {{87, 53, 22}, {94, 53, 17}, {102, 53, 25}};
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(votes[i].statedYes, stated[i][0]);
        EXPECT_EQ(votes[i].statedNo, stated[i][1]);
        EXPECT_EQ(votes[i].statedAbstain, stated[i][2]);
        EXPECT_EQ(votes[i].yes.size(), stated[i][0]) << i;
        EXPECT_EQ(votes[i].no.size(), stated[i][1]) << i;
        EXPECT_EQ(votes[i].abstain.size(), stated[i][2]) << i;
        EXPECT_TRUE(votes[i].countsMatch());
        EXPECT_EQ(votes[i].date, QDate(2024, 11, 6));
        EXPECT_EQ(votes[i].meeting, 31);
        EXPECT_EQ(votes[i].draftSymbol, QStringLiteral("A/C.1/79/L.53/Rev.1"));
    }
    EXPECT_TRUE(report().errors.isEmpty()) << report().errors.join(u'\n').toStdString();
    EXPECT_TRUE(report().warnings.isEmpty()) << report().warnings.join(u'\n').toStdString();
}

TEST(CommitteeReport, LabelsSubjectsAndOutcomes)
{
    const auto &v = report().votes;
    ASSERT_EQ(v.size(), 3);
    EXPECT_EQ(v[0].label, QStringLiteral("(a)"));
    EXPECT_EQ(v[0].subject, QStringLiteral("序言部分第十八段"));
    EXPECT_EQ(v[0].subjectKind, VoteSubjectKind::PreambularParagraph);
    EXPECT_EQ(v[0].subjectNumber, 18);
    EXPECT_EQ(v[0].outcome, QStringLiteral("retained"));
    EXPECT_EQ(v[1].subject, QStringLiteral("执行部分第 2 段"));
    EXPECT_EQ(v[1].subjectKind, VoteSubjectKind::OperativeParagraph);
    EXPECT_EQ(v[1].subjectNumber, 2);
    EXPECT_EQ(v[2].label, QStringLiteral("(c)"));
    EXPECT_EQ(v[2].subjectKind, VoteSubjectKind::WholeDraft);
    EXPECT_EQ(v[2].outcome, QStringLiteral("adopted"));
}

TEST(CommitteeReport, NamesBrokenAcrossLinesReadWhole)
{
    const auto &a = report().votes[0];
    EXPECT_GE(indexOf(a.yes, "BLR"), 0);                     // 白 / 俄罗斯
    EXPECT_GE(indexOf(a.no, "BIH"), 0);                      // 波斯尼亚和 / 黑塞哥维那
    EXPECT_LT(indexOf(a.yes, "RUS"), indexOf(a.yes, "RWA")); // 俄罗斯联邦 / 卢旺 / 达
    for (const auto &n : a.yes + a.no + a.abstain) {
        EXPECT_FALSE(n.written.contains(QStringLiteral("http")));
        EXPECT_FALSE(n.written.contains(QStringLiteral("委员会")));
    }
    // The first and last names of (a)'s list in favour, which a page break follows.
    EXPECT_EQ(a.yes.first().written, QStringLiteral("阿尔及利亚"));
    EXPECT_EQ(a.yes.last().written, QStringLiteral("津巴布韦"));
    EXPECT_EQ(a.no.first().written, QStringLiteral("阿尔巴尼亚"));
}

TEST(CommitteeReport, FootnotesRecordIntendedVotes)
{
    const auto &v = report().votes;
    ASSERT_EQ(v[0].notes.size(), 1);
    EXPECT_EQ(v[0].notes[0].state.entityCode, QStringLiteral("CIV"));
    EXPECT_EQ(v[0].notes[0].intended, VotePosition::Abstain);
    EXPECT_GE(indexOf(v[0].yes, "CIV"), 0); // voted yes, meant to abstain
    EXPECT_TRUE(v[1].notes.isEmpty());
    ASSERT_EQ(v[2].notes.size(), 1);
    EXPECT_EQ(v[2].notes[0].state.entityCode, QStringLiteral("MDG"));
    EXPECT_EQ(v[2].notes[0].intended, VotePosition::Yes);
    EXPECT_GE(indexOf(v[2].abstain, "MDG"), 0);
}

TEST(CommitteeReport, KenyaVotedOnlyOnTheWholeDraft)
{
    const auto &v = report().votes;
    for (int i = 0; i < 2; ++i)
        EXPECT_LT(indexOf(v[i].yes + v[i].no + v[i].abstain, "KEN"), 0) << i;
    EXPECT_GE(indexOf(v[2].yes, "KEN"), 0);
    for (int i = 0; i < 3; ++i)
        EXPECT_LT(indexOf(v[i].yes + v[i].no + v[i].abstain, "VEN"), 0) << i;
    for (int i = 0; i < 3; ++i)
        EXPECT_GE(indexOf(v[i].no, "NLD"), 0) << i; // 荷兰王国
}

TEST(CommitteeReport, MainAndLaterSponsors)
{
    ASSERT_EQ(report().sponsorships.size(), 1);
    const Sponsorship &s = report().sponsorships.first();
    EXPECT_EQ(s.draftSymbol, QStringLiteral("A/C.1/79/L.53/Rev.1"));
    ASSERT_EQ(s.main.size(), 28);
    EXPECT_EQ(s.main.first().entityCode, QStringLiteral("CHN"));
    EXPECT_EQ(s.main.last().entityCode, QStringLiteral("ZWE"));
    EXPECT_EQ(s.main[s.main.size() - 2].entityCode, QStringLiteral("VEN"));
    ASSERT_EQ(s.joined.size(), 7);
    EXPECT_EQ(codes(s.joined),
              (QStringList{QStringLiteral("CAF"), QStringLiteral("COM"), QStringLiteral("DJI"),
                           QStringLiteral("ETH"), QStringLiteral("GNB"), QStringLiteral("UGA"),
                           QStringLiteral("PSE")}));
}

TEST(CommitteeReport, DraftResolutionTextAndTheParagraphsVotedOn)
{
    const auto &doc = report();
    QList<int> operative;
    int preambular = 0;
    for (const auto &r : doc.resolution) {
        if (r.operative)
            operative.append(r.number);
        else
            ++preambular;
    }
    EXPECT_EQ(operative, (QList<int>{1, 2, 3}));
    EXPECT_EQ(preambular, 22);
    const auto &v = doc.votes;
    ASSERT_GE(v[0].subjectParagraph, 0);
    EXPECT_TRUE(doc.paragraphs[v[0].subjectParagraph].text.startsWith(
        QStringLiteral("关切地注意到对向会员国特别是发展中国家出口")));
    ASSERT_GE(v[1].subjectParagraph, 0);
    EXPECT_TRUE(doc.paragraphs[v[1].subjectParagraph].text.startsWith(
        QStringLiteral("2. 鼓励所有会员国在主权平等")));
    EXPECT_EQ(v[2].subjectParagraph, -1);
    // The treaty footnotes stay with the preambular paragraph that cites them.
    const auto &second = doc.paragraphs[doc.resolution[1].paragraph];
    EXPECT_EQ(second.footnotes.size(), 3);
}
