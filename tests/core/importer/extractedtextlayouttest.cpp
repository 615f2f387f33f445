#include "importer/extractedtextlayout.h"
#include "importer/furniture.h"

#include "testsupport.h"

#include <gtest/gtest.h>

using namespace Rapporteur;
using namespace Rapporteur::Importer;

namespace {
QList<LineRole> roles(const SourceText &s)
{
    QList<LineRole> out;
    for (const auto &l : s.lines)
        out.append(l.role);
    return out;
}
} // namespace

TEST(Furniture, RecognisesRunningHeadersAndFooters)
{
    auto footer = parseFurniture(u"22-09134 48/68");
    ASSERT_TRUE(footer.has_value());
    EXPECT_EQ(footer->pageNumber, 48);
    EXPECT_EQ(footer->pageCount, 68);
    auto header = parseFurniture(u"A/77/96");
    ASSERT_TRUE(header.has_value());
    EXPECT_EQ(header->symbol, QStringLiteral("A/77/96"));
    EXPECT_TRUE(parseFurniture(u"22-08291 (C)").has_value());
    EXPECT_TRUE(parseFurniture(u"*2208291*").has_value());
    EXPECT_TRUE(parseFurniture(u"3/45 22-08291").has_value());
}

// Page 1 of a reissued document (A/80/605*): its job number and symbol carry the asterisk of the
// reissue note; a fascicle's running header is a symbol with spaces.
TEST(Furniture, ReissuedAndFascicleSymbolsAreFurniture)
{
    const auto stamp = parseFurniture(u"26-01035* (E) 170326");
    ASSERT_TRUE(stamp.has_value());
    const auto reissued = parseFurniture(u"A/80/605*");
    ASSERT_TRUE(reissued.has_value());
    EXPECT_EQ(reissued->symbol, QStringLiteral("A/80/605"));
    const auto fascicle = parseFurniture(u"A/81/6 (Sect. 16)/Part A");
    ASSERT_TRUE(fascicle.has_value());
    EXPECT_EQ(fascicle->symbol, QStringLiteral("A/81/6 (Sect. 16)/Part A"));
}

TEST(Furniture, RunningTextIsNotFurniture)
{
    EXPECT_FALSE(parseFurniture(u"第 76/234 号决议").has_value());
    EXPECT_FALSE(parseFurniture(u"(C)").has_value());
    EXPECT_FALSE(parseFurniture(u"9/3").has_value()); // page 9 of 3 does not exist
    EXPECT_FALSE(parseFurniture(u"A/77/96 号文件").has_value());
}

TEST(ExtractedTextLayout, ClassifiesLinksRulesFootnotesAndFurniture)
{
    const QString text = QStringLiteral(
        " 第一段在此\n\n结束。1 \n\n__________________ \n\n 1 脚注正文。 \n\n"
        "https://undocs.org/ch/A/RES/76/234\nA/77/96  \n\n22-09134 2/9 \n\n 第二页的段落。 \n");
    const SourceText s = analyseExtractedText(text);
    ASSERT_EQ(s.lines.size(), 8);
    EXPECT_EQ(roles(s),
              (QList<LineRole>{LineRole::Text, LineRole::Text, LineRole::FootnoteRule,
                               LineRole::Footnote, LineRole::LinkTarget, LineRole::Furniture,
                               LineRole::Furniture, LineRole::Text}));
    EXPECT_TRUE(s.lines[3].startsFootnote);
    EXPECT_EQ(s.lines[3].footnoteMarker, QStringLiteral("1"));
    EXPECT_EQ(s.lines[3].text, QStringLiteral("脚注正文。"));
    EXPECT_EQ(s.symbolFromFurniture, QStringLiteral("A/77/96"));
    EXPECT_EQ(s.lines[0].page, 1);
    EXPECT_EQ(s.lines.last().page, 2); // the footer "2/9" names the page that follows
    EXPECT_EQ(s.pageCount, 9);
}

TEST(ExtractedTextLayout, TrailingSpaceConventionMarksParagraphEnds)
{
    const QString text = QStringLiteral(" 第一段的第一行\n\n第一段结束。 \n\n 第二段。 \n");
    const SourceText s = analyseExtractedText(text);
    ASSERT_EQ(s.lines.size(), 3);
    EXPECT_EQ(s.lines[0].breakAfter, LineBreak::Continue);
    EXPECT_EQ(s.lines[1].breakAfter, LineBreak::End);
}

TEST(ExtractedTextLayout, TrailingSpaceAfterLatinWordIsAWordSpace)
{
    const QString text = QStringLiteral(
        " 见 Wilton Park, \n\n“How to prepare”。 \n\n 第二段。 \n\n 第三段\n\n到此。 \n");
    const SourceText s = analyseExtractedText(text);
    EXPECT_EQ(s.lines[0].breakAfter, LineBreak::Continue);
    EXPECT_EQ(s.lines[1].breakAfter, LineBreak::End);
}

TEST(ExtractedTextLayout, PageStartingWithNumberIsNotTakenForFootnote)
{
    // After footnote 1 ends, "15 个国家…" continues the page text: footnote 15 cannot follow 1.
    const QString text = QStringLiteral(
        " 正文。1 \n\n__________________ \n\n 1 脚注。 \n\n15 个国家参加了会议。 \n\n 又一段。 \n");
    const SourceText s = analyseExtractedText(text);
    ASSERT_EQ(s.lines.size(), 5);
    EXPECT_EQ(s.lines[2].role, LineRole::Footnote);
    EXPECT_EQ(s.lines[3].role, LineRole::Text);
}

TEST(ExtractedTextLayout, FormFeedBreaksPages)
{
    const SourceText s = analyseExtractedText(QStringLiteral("第一页。\n\f第二页。\n"));
    ASSERT_EQ(s.lines.size(), 2);
    EXPECT_EQ(s.lines[0].page, 1);
    EXPECT_EQ(s.lines[1].page, 2);
}
