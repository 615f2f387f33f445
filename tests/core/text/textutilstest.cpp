#include "text/charclass.h"
#include "text/languagenames.h"
#include "text/linejoiner.h"
#include "text/matchingkey.h"
#include "text/offsets.h"
#include "text/sentences.h"

#include "testsupport.h"

#include <gtest/gtest.h>

using namespace Rapporteur::Text;

TEST(LineJoiner, CjkLinesJoinWithoutSpace)
{
    QString p = QStringLiteral("澳大利亚集团出口");
    appendWrappedLine(p, u"管制制度");
    EXPECT_EQ(p, QStringLiteral("澳大利亚集团出口管制制度"));
}

TEST(LineJoiner, LatinWordsJoinWithOneSpace)
{
    QString p = QStringLiteral("Government of Canada and African");
    appendWrappedLine(p, u"Commission on Nuclear Energy");
    EXPECT_EQ(p, QStringLiteral("Government of Canada and African Commission on Nuclear Energy"));
}

TEST(LineJoiner, CjkNextToLatinJoinsWithoutSpace)
{
    QString p = QStringLiteral("另见 Wilton Park,");
    appendWrappedLine(p, u"“How to prepare”");
    EXPECT_EQ(p, QStringLiteral("另见 Wilton Park,“How to prepare”"));
    QString q = QStringLiteral("第1540(2004)");
    appendWrappedLine(q, u"号决议");
    EXPECT_EQ(q, QStringLiteral("第1540(2004)号决议"));
}

TEST(LineJoiner, EnglishLineEndHyphenIsKeptAndGlued)
{
    QString p = QStringLiteral("non-");
    appendWrappedLine(p, u"proliferation");
    EXPECT_EQ(p, QStringLiteral("non-proliferation"));
}

TEST(LetterSpacing, RunOfSpacedCjkCollapses)
{
    EXPECT_EQ(collapseLetterSpacing(u"成 员 资 格 标 准"), QStringLiteral("成员资格标准"));
    EXPECT_EQ(collapseLetterSpacing(u"与 者 。 成 员 资 格"), QStringLiteral("与者。成员资格"));
}

TEST(LetterSpacing, SpacesAroundNumbersAndSinglePairsStay)
{
    EXPECT_EQ(collapseLetterSpacing(u"第 76/234 号决议"), QStringLiteral("第 76/234 号决议"));
    EXPECT_EQ(collapseLetterSpacing(u"2022 年 5 月 19 日"), QStringLiteral("2022 年 5 月 19 日"));
    EXPECT_EQ(collapseLetterSpacing(u"摘 要"), QStringLiteral("摘 要"));
    EXPECT_EQ(collapseLetterSpacing(u"A B C D"), QStringLiteral("A B C D"));
}

TEST(LetterSpacing, CharactersOutsideTheBmpCountAsOne)
{
    EXPECT_EQ(collapseLetterSpacing(u"𠀀 一 二"), QStringLiteral("𠀀一二"));
}

TEST(CharClass, CjkAndTerminalPunctuation)
{
    EXPECT_TRUE(isCjk(U'中'));
    EXPECT_TRUE(isCjk(U'。'));
    EXPECT_TRUE(isCjk(U'㈠'));
    EXPECT_TRUE(isCjk(U'（'));
    EXPECT_TRUE(isCjk(U'𠀀'));
    EXPECT_FALSE(isCjk(U'a'));
    EXPECT_FALSE(isCjk(U'1'));
    EXPECT_TRUE(isTerminalPunctuation(U'。'));
    EXPECT_FALSE(isTerminalPunctuation(U'，'));
    EXPECT_EQ(displayWidth(u"中a"), 3);
}

TEST(MatchingKey, IgnoresWhiteSpaceAndFoldsWidthAndCase)
{
    EXPECT_EQ(matchingKey(u"白\n俄罗斯"), matchingKey(u"白俄罗斯"));
    EXPECT_EQ(matchingKey(u"ＭＴＣＲ"), matchingKey(u"mtcr"));
    EXPECT_EQ(matchingKey(u"弗拉基米尔•奥尔洛夫"), matchingKey(u"弗拉基米尔·奥尔洛夫"));
    EXPECT_NE(matchingKey(u"荷兰"), matchingKey(u"荷兰王国"));
}

TEST(Offsets, CodePointsAndUtf16UnitsConvertBothWays)
{
    const QString text = QStringLiteral("a𠀀b"); // 𠀀 is two UTF-16 units
    EXPECT_EQ(text.size(), 4);
    EXPECT_EQ(toCodePointOffset(text, 3), 2);
    EXPECT_EQ(toCodePointOffset(text, 4), 3);
    EXPECT_EQ(toUtf16Offset(text, 2), 3);
    EXPECT_EQ(toUtf16Offset(text, 3), 4);
}

TEST(Sentences, ChineseSentencesEndAfterFullStop)
{
    const QString text = QStringLiteral("第一句话。第二句话！第三句");
    const QList<int> ends = sentenceEnds(text);
    ASSERT_EQ(ends.size(), 3);
    EXPECT_EQ(text.left(ends[0]), QStringLiteral("第一句话。"));
    EXPECT_EQ(text.mid(ends[0], ends[1] - ends[0]), QStringLiteral("第二句话！"));
    EXPECT_EQ(ends[2], text.size());
    EXPECT_TRUE(sentenceEnds(QString()).isEmpty());
}

// A language's name for a reader of another: what the reader's header and the language filters
// show instead of the code.
TEST(LanguageNames, ALanguageIsNamedInTheReadersLanguage)
{
    EXPECT_EQ(languageName(QStringLiteral("en"), QStringLiteral("zh")), QStringLiteral("英语"));
    EXPECT_EQ(languageName(QStringLiteral("fr"), QStringLiteral("zh")), QStringLiteral("法语"));
    EXPECT_EQ(languageName(QStringLiteral("zh"), QStringLiteral("en")), QStringLiteral("Chinese"));
    EXPECT_EQ(languageName(QStringLiteral("ar"), QStringLiteral("en")), QStringLiteral("Arabic"));
    // A code ICU does not know stays a code.
    EXPECT_EQ(languageName(QStringLiteral("qq"), QStringLiteral("en")), QStringLiteral("qq"));
}
