#include "pipeline.h"

#include "testsupport.h"

#include <gtest/gtest.h>

using namespace Rapporteur;
using Rapporteur::Test::fixturePath;
using Rapporteur::Test::readDocument;

namespace {
QStringList texts(const ParsedDocument &doc)
{
    QStringList out;
    for (const auto &p : doc.paragraphs)
        out.append(p.text);
    return out;
}
} // namespace

TEST(DocumentSegmenter, SmallCompilationHasItsStructure)
{
    const ParsedDocument doc =
        readDocument(fixturePath(QStringLiteral("compilation-small.zh.txt")));
    EXPECT_EQ(doc.title, QStringLiteral("测试报告标题"));
    EXPECT_EQ(
        texts(doc),
        (QStringList{
            QStringLiteral("测试报告标题"),
            QStringLiteral("秘书长的报告"),
            QStringLiteral("一. 导言"),
            QStringLiteral("1. 大会在其第 76/234 号决议中请秘书长征求会员国的意见。"),
            QStringLiteral("二. 答复"),
            QStringLiteral("A. 各国政府"),
            QStringLiteral("联合王国认为，出口管制制度对于防止扩散至关重要，并且不妨碍合法贸易。"
                           "这项工作应当继续下去，以加强所有国家的安全。"),
            QStringLiteral("出口管制的重要性"),
            QStringLiteral("成员资格标准可在网站查阅。"),
            QStringLiteral("白俄罗斯支持第 76/234 号决议。该决议符合各国的利益。"),
            QStringLiteral("欧洲联盟及其成员国致力于有效的多边主义。"),
        }));
    const QList<ParagraphKind> kinds{
        ParagraphKind::Title, ParagraphKind::Title,   ParagraphKind::Section,
        ParagraphKind::Body,  ParagraphKind::Section, ParagraphKind::Group,
        ParagraphKind::Body,  ParagraphKind::Heading, ParagraphKind::Body,
        ParagraphKind::Body,  ParagraphKind::Body};
    for (qsizetype i = 0; i < kinds.size() && i < doc.paragraphs.size(); ++i)
        EXPECT_EQ(doc.paragraphs[i].kind, kinds[i]) << "paragraph " << i;
}

TEST(DocumentSegmenter, SubmissionsCarryEntityLanguagesDateAndGroup)
{
    const ParsedDocument doc =
        readDocument(fixturePath(QStringLiteral("compilation-small.zh.txt")));
    ASSERT_EQ(doc.submissions.size(), 3);
    const Submission &gbr = doc.submissions[0];
    EXPECT_EQ(gbr.heading, QStringLiteral("大不列颠及北爱尔兰联合王国")); // joined across lines
    EXPECT_EQ(gbr.entityCode, QStringLiteral("GBR"));
    EXPECT_EQ(gbr.languages, QStringList{QStringLiteral("en")});
    EXPECT_EQ(gbr.date, QDate(2022, 5, 9));
    EXPECT_EQ(gbr.group, QStringLiteral("A. 各国政府"));
    EXPECT_EQ(gbr.section, QStringLiteral("二. 答复"));
    const Submission &blr = doc.submissions[1];
    EXPECT_EQ(blr.heading, QStringLiteral("白俄罗斯")); // two heading lines, not 俄罗斯 (RUS)
    EXPECT_EQ(blr.entityCode, QStringLiteral("BLR"));
    EXPECT_EQ(blr.languages, QStringList{QStringLiteral("ru")});
    const Submission &eu = doc.submissions[2];
    EXPECT_EQ(eu.entityCode, QStringLiteral("EUU"));
    EXPECT_EQ(eu.group, QStringLiteral("B. 欧洲联盟"));
    EXPECT_EQ(eu.date, QDate(2022, 5, 31));
    // Paragraph → submission membership, including the sub-heading inside the British reply.
    const QList<int> membership{-1, -1, -1, -1, -1, -1, 0, 0, 0, 1, 2};
    ASSERT_EQ(doc.paragraphs.size(), membership.size());
    for (qsizetype i = 0; i < membership.size(); ++i)
        EXPECT_EQ(doc.paragraphs[i].submission, membership[i]) << "paragraph " << i;
    EXPECT_TRUE(doc.warnings.isEmpty()) << doc.warnings.join(u'\n').toStdString();
}

TEST(DocumentSegmenter, PageBreakMidSentenceKeepsPagesAndDropsFurniture)
{
    const ParsedDocument doc =
        readDocument(fixturePath(QStringLiteral("compilation-small.zh.txt")));
    ASSERT_EQ(doc.paragraphs.size(), 11);
    EXPECT_EQ(doc.paragraphs[6].page, 1); // starts on page 1, continues on page 2
    EXPECT_EQ(doc.paragraphs[7].page, 2);
    EXPECT_EQ(doc.paragraphs[10].page, 3);
    for (const auto &p : doc.paragraphs) {
        EXPECT_FALSE(p.text.contains(QStringLiteral("A/77/999"))) << p.text.toStdString();
        EXPECT_FALSE(p.text.contains(QStringLiteral("22-99999"))) << p.text.toStdString();
        EXPECT_FALSE(p.text.contains(QStringLiteral("http"))) << p.text.toStdString();
    }
}

TEST(DocumentSegmenter, FootnoteAndLinkAttachToTheirParagraph)
{
    const ParsedDocument doc =
        readDocument(fixturePath(QStringLiteral("compilation-small.zh.txt")));
    ASSERT_EQ(doc.paragraphs.size(), 11);
    const Paragraph &blr = doc.paragraphs[9];
    ASSERT_EQ(blr.footnotes.size(), 1);
    EXPECT_EQ(blr.footnotes[0].marker, QStringLiteral("1"));
    EXPECT_EQ(blr.footnotes[0].text, QStringLiteral("见 A/RES/76/234。"));
    EXPECT_EQ(blr.text.left(blr.footnotes[0].anchor),
              QStringLiteral("白俄罗斯支持第 76/234 号决议。"));
    ASSERT_EQ(blr.links.size(), 1);
    EXPECT_EQ(blr.links[0].symbol, QStringLiteral("A/RES/76/234"));
    // The page-1 copy of the link belongs to the page-1 paragraph citing 76/234.
    ASSERT_EQ(doc.paragraphs[3].links.size(), 1);
    EXPECT_EQ(doc.paragraphs[3].links[0].target,
              QStringLiteral("https://undocs.org/ch/A/RES/76/234"));
    EXPECT_TRUE(doc.paragraphs[6].links.isEmpty());
}

TEST(DocumentSegmenter, SentencesAreSplitWithIcu)
{
    const ParsedDocument doc =
        readDocument(fixturePath(QStringLiteral("compilation-small.zh.txt")));
    ASSERT_EQ(doc.paragraphs.size(), 11);
    EXPECT_EQ(doc.paragraphs[9].sentenceEnds.size(), 2);
    EXPECT_EQ(doc.paragraphs[6].sentenceEnds.size(), 2);
}

TEST(DocumentSegmenter, UnknownStateIsReportedNotDropped)
{
    const ParsedDocument doc = readDocument(fixturePath(QStringLiteral("unknown-state.zh.txt")));
    ASSERT_EQ(doc.submissions.size(), 2);
    EXPECT_TRUE(doc.submissions[0].entityCode.isEmpty());
    EXPECT_EQ(doc.submissions[0].heading, QStringLiteral("乌托邦共和国"));
    EXPECT_EQ(doc.submissions[1].entityCode, QStringLiteral("NOR"));
    ASSERT_EQ(doc.warnings.size(), 1);
    EXPECT_TRUE(doc.warnings[0].contains(QStringLiteral("乌托邦共和国")));
    ASSERT_EQ(doc.paragraphs.size(), 3);
    EXPECT_EQ(doc.paragraphs[1].submission, 0);
}

TEST(DocumentSegmenter, TextWithoutSubmissionsIsAPlainDocument)
{
    const ParsedDocument doc = readDocument(fixturePath(QStringLiteral("no-submissions.zh.txt")));
    EXPECT_TRUE(doc.submissions.isEmpty());
    EXPECT_EQ(texts(doc),
              (QStringList{QStringLiteral("关于和平利用的说明"),
                           QStringLiteral("本说明介绍和平利用国际合作的背景，不载有会员国的"
                                          "答复。第二句话在这里结束。"),
                           QStringLiteral("第二段只有一句话。")}));
    EXPECT_EQ(doc.title, QStringLiteral("关于和平利用的说明"));
}
