#include "pipeline.h"

#include "testsupport.h"

#include <gtest/gtest.h>

using namespace Rapporteur;
using Rapporteur::Test::reflowText;

namespace {
QStringList texts(const Segmentation::ReflowResult &r)
{
    QStringList out;
    for (const auto &b : r.blocks)
        out.append(b.text);
    return out;
}
} // namespace

TEST(Reflow, WithoutWhiteSpaceConventionShortLinesEndParagraphs)
{
    // Trimmed lines, no blank lines: the reader's cues are a short last line and an indent.
    const QString text =
        QStringLiteral("这是第一段的第一行，它很长很长很长很长很长很长很长很长很长很长很长很长\n"
                       "这是第一段的第二行，它也很长很长很长很长很长很长很长很长很长很长很长很\n"
                       "第一段结束。\n"
                       "这是第二段的第一行，它很长很长很长很长很长很长很长很长很长很长很长很长\n"
                       "第二段结束。\n");
    EXPECT_EQ(
        texts(reflowText(text)),
        (QStringList{
            QStringLiteral("这是第一段的第一行，它很长很长很长很长很长很长很长很长很长很长很长很长"
                           "这是第一段的第二行，它也很长很长很长很长很长很长很长很长很长很长很长很"
                           "第一段结束。"),
            QStringLiteral("这是第二段的第一行，它很长很长很长很长很长很长很长很长很长很长很长很长"
                           "第二段结束。")}));
}

TEST(Reflow, VoteListLabelsAndSectionHeadingsStandAlone)
{
    const QString text = QStringLiteral(
        "赞成： \n\n阿尔及利亚、安哥拉、白\n\n俄罗斯。\n\n  三. 第一委员会的建议 \n");
    EXPECT_EQ(
        texts(reflowText(text)),
        (QStringList{QStringLiteral("赞成："), QStringLiteral("阿尔及利亚、安哥拉、白俄罗斯。"),
                     QStringLiteral("三. 第一委员会的建议")}));
}

TEST(Reflow, PastedLinkTargetLeavesTheText)
{
    const QString text = QStringLiteral(" 标准可在网站(www.example.nethttps://www.example.gov/long/"
                                        "pa\n\nth/index.html)上获取。 \n\n"
                                        "https://www.example.gov/long/path/index.html\n");
    const auto r = reflowText(text);
    ASSERT_EQ(r.blocks.size(), 1);
    EXPECT_EQ(r.blocks[0].text, QStringLiteral("标准可在网站(www.example.net)上获取。"));
    ASSERT_EQ(r.blocks[0].links.size(), 1);
    EXPECT_EQ(r.blocks[0].links[0].target,
              QStringLiteral("https://www.example.gov/long/path/index.html"));
}

TEST(Reflow, FootnoteWhoseMarkerIsMissingIsKeptWithWarning)
{
    const QString text =
        QStringLiteral(" 没有脚注标记的段落。 \n\n__________________ \n\n 1 孤立的脚注。 \n");
    const auto r = reflowText(text);
    ASSERT_EQ(r.blocks.size(), 1);
    ASSERT_EQ(r.blocks[0].footnotes.size(), 1);
    EXPECT_EQ(r.blocks[0].footnotes[0].anchor, -1);
    EXPECT_EQ(r.warnings.size(), 1);
}

TEST(Reflow, OrdinaryNumbersAreNotTakenForFootnoteMarkers)
{
    const QString text = QStringLiteral(" 见第 1 段和 A/C.1/79/L.53/Rev.1 号文件，本段有脚注。1 "
                                        "\n\n__________________ \n\n 1 脚注。 \n");
    const auto r = reflowText(text);
    ASSERT_EQ(r.blocks.size(), 1);
    EXPECT_EQ(r.blocks[0].text,
              QStringLiteral("见第 1 段和 A/C.1/79/L.53/Rev.1 号文件，本段有脚注。"));
    ASSERT_EQ(r.blocks[0].footnotes.size(), 1);
    EXPECT_EQ(r.blocks[0].footnotes[0].anchor, r.blocks[0].text.size());
}
