// Text repairs the PDF reader needs: radicals and dash ligatures from a writer's glyph map,
// raised markers, where a line's first unit ends, symbols broken at a line end.
#include "text/ideographvariants.h"
#include "text/linejoiner.h"
#include "text/sentences.h"
#include "text/superscript.h"

#include "testsupport.h"

#include <gtest/gtest.h>

using namespace Rapporteur::Text;

TEST(IdeographVariants, KangxiRadicalsBecomeTheirIdeographs)
{
    // U+2F24 KANGXI RADICAL BIG, U+2F47 SUN, U+2F64 USE: what a Noto CJK PDF made by Qt says.
    EXPECT_EQ(unifyIdeographVariants(u"\u2F24会在\u2F47内瓦"), QStringLiteral("大会在日内瓦"));
    EXPECT_EQ(unifyIdeographVariants(u"利\u2F64"), QStringLiteral("利用"));
}

TEST(IdeographVariants, DoorRadicalIsTheSimplifiedHu)
{
    // NFKC would give the traditional 戶; a Simplified Chinese font draws U+2F3E as 户.
    EXPECT_EQ(unifyIdeographVariants(u"最终用\u2F3E"), QStringLiteral("最终用户"));
}

TEST(IdeographVariants, SimplifiedRadicalFormsAndDashLigatures)
{
    // U+2ED3 C-SIMPLIFIED LONG, U+2ED4 C-SIMPLIFIED GATE, U+2E3A TWO-EM DASH.
    EXPECT_EQ(unifyIdeographVariants(u"秘书\u2ED3和\u2ED4户"), QStringLiteral("秘书长和门户"));
    EXPECT_EQ(unifyIdeographVariants(u"前提\u2E3A即"), QStringLiteral("前提——即"));
    EXPECT_EQ(unifyIdeographVariants(u"A/77/96 ODA"), QStringLiteral("A/77/96 ODA"));
}

TEST(Superscript, MarkersTakeTheirRaisedForm)
{
    EXPECT_EQ(superscriptForm(QStringLiteral("12")), QStringLiteral("¹²"));
    EXPECT_EQ(superscriptForm(QStringLiteral("a")), QStringLiteral("ᵃ"));
    EXPECT_EQ(superscriptForm(QStringLiteral("*")), QStringLiteral("*"));
}

TEST(LineBreaks, FirstUnitFollowsUnicodeLineBreaking)
{
    EXPECT_EQ(firstLineBreak(u"大会在"), 1);
    // A number keeps its decimal point and per cent sign, and CJK closing punctuation.
    EXPECT_EQ(firstLineBreak(u"2.2%，只有"), 5);
    EXPECT_EQ(firstLineBreak(u"COVID-19 疫情"), 9);
    EXPECT_EQ(firstLineBreak(u"段。"), 2);
    EXPECT_EQ(firstLineBreak(u""), 0);
}

TEST(LineJoiner, SymbolBrokenAfterAFullStopIsRejoined)
{
    QString text = QStringLiteral("简要记录载于 A/C.1/79/PV.11、A/C.");
    appendWrappedLine(text, u"1/79/PV.12。");
    EXPECT_EQ(text, QStringLiteral("简要记录载于 A/C.1/79/PV.11、A/C.1/79/PV.12。"));

    QString english = QStringLiteral("as noted in paragraph 5.");
    appendWrappedLine(english, u"The Committee");
    EXPECT_EQ(english, QStringLiteral("as noted in paragraph 5. The Committee"));
}

// A/C.6/80/L.1: "… a draft resolution entitled" / "“Steps …”" lost the space before the quote.
TEST(LineJoiner, CurlyQuotesTakeTheSpaceOfTheTextAcrossTheJoin)
{
    auto joined = [](const char16_t *line, const char16_t *next) {
        QString text = QString::fromUtf16(line);
        appendWrappedLine(text, next);
        return text;
    };
    EXPECT_EQ(joined(u"a draft resolution entitled", u"“Steps to be taken”"),
              QStringLiteral("a draft resolution entitled “Steps to be taken”"));
    EXPECT_EQ(joined(u"entitled “Steps to be taken”", u"and"),
              QStringLiteral("entitled “Steps to be taken” and"));
    // An opening quote holds on to what follows, a closing one to what precedes.
    EXPECT_EQ(joined(u"entitled “", u"Steps”"), QStringLiteral("entitled “Steps”"));
    EXPECT_EQ(joined(u"entitled “Steps", u"” and"), QStringLiteral("entitled “Steps” and"));
    // Chinese: no space on either side, also before a Latin symbol in quotes.
    EXPECT_EQ(joined(u"题为", u"“出口管制”的决议"), QStringLiteral("题为“出口管制”的决议"));
    EXPECT_EQ(joined(u"“出口管制”", u"决议"), QStringLiteral("“出口管制”决议"));
    EXPECT_EQ(joined(u"见“", u"A/77/96”"), QStringLiteral("见“A/77/96”"));
}
