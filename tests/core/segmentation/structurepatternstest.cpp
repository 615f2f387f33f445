#include "segmentation/structurepatterns.h"

#include "testsupport.h"

#include <gtest/gtest.h>

using namespace Rapporteur::Segmentation;

TEST(StructurePatterns, OriginalLanguagesBecomeIsoCodes)
{
    EXPECT_EQ(*originalLanguages(u"[原件：英文和法文]"),
              (QStringList{QStringLiteral("en"), QStringLiteral("fr")}));
    EXPECT_EQ(*originalLanguages(u"[原件：西班牙文]"), QStringList{QStringLiteral("es")});
    EXPECT_EQ(*originalLanguages(u"[Original: Arabic]"), QStringList{QStringLiteral("ar")});
    EXPECT_TRUE(originalLanguages(u"[原件：克林贡文]")->isEmpty());
    EXPECT_FALSE(originalLanguages(u"原件：英文").has_value());
}

TEST(StructurePatterns, BracketedDatesInChineseAndEnglish)
{
    EXPECT_EQ(*bracketedDate(u"[2022 年 5 月 19 日]"), QDate(2022, 5, 19));
    EXPECT_EQ(*bracketedDate(u"[2022年3月10日]"), QDate(2022, 3, 10));
    EXPECT_EQ(*bracketedDate(u"[31 May 2022]"), QDate(2022, 5, 31));
    EXPECT_FALSE(bracketedDate(u"[2022 年 2 月 30 日]").has_value());
}

TEST(StructurePatterns, HeadingsAndListMarkers)
{
    EXPECT_TRUE(isSectionHeading(u"二. 答复"));
    EXPECT_TRUE(isSectionHeading(u"一、导言"));
    EXPECT_FALSE(isSectionHeading(u"一. 这是一个很长的句子，以句号结束。"));
    EXPECT_EQ(*letteredHeadingTitle(u"B. 欧洲联盟"), QStringLiteral("欧洲联盟"));
    EXPECT_EQ(listMarker(u"(a) 敦促各会员国"), QStringLiteral("(a)"));
    EXPECT_EQ(listMarker(u"㈠ 《不扩散核武器条约》"), QStringLiteral("㈠"));
    EXPECT_EQ(listMarker(u"• 澳大利亚集团"), QStringLiteral("•"));
    EXPECT_TRUE(listMarker(u"澳大利亚集团").isEmpty());
    EXPECT_TRUE(isVoteListLabel(u"赞成："));
    EXPECT_TRUE(startsNumberedParagraph(u"1. 大会在其关于"));
    EXPECT_TRUE(looksLikeHeading(u"澳大利亚集团"));
    EXPECT_FALSE(looksLikeHeading(u"澳大利亚集团成立。"));
}
