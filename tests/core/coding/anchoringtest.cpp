// Finding a coding's quote again: pure functions on paragraph texts, offsets in code points.
#include "codingtestsupport.h"

#include "coding/anchoring.h"

using namespace Rapporteur;
using namespace Rapporteur::Coding;
using Rapporteur::Storage::ParagraphText;

namespace {

const QString kEdited = QStringLiteral(
    "澳大利亚政府认为，出口管制不具歧视性。𠀀字不在基本多文种平面。出口管制有助于防止扩散。");

ParagraphText paragraph(qint64 id, int ordinal, const QString &text)
{
    return {id, 1, Rapporteur::Test::kSymbol, ordinal, text};
}

} // namespace

TEST(Anchoring, AnchorCountsCodePointsPastACharacterOutsideTheBmp)
{
    // 𠀀 (U+20000) is code point 17 and two UTF-16 units, so "出口管制有助于防止扩散" starts at
    // code point 29 (UTF-16 unit 30) and the paragraph has 41 code points.
    EXPECT_EQ(codePointLength(Rapporteur::Test::kAustralia1), 41);
    const auto a = anchorAt(paragraph(4, 3, Rapporteur::Test::kAustralia1), 29, 40);
    EXPECT_EQ(a.quote, QStringLiteral("出口管制有助于防止扩散"));
    EXPECT_EQ(a.leftContext,
              QStringLiteral("澳大利亚认为，出口管制不具歧视性。𠀀字不在基本多文种平面。"));
    EXPECT_EQ(a.rightContext, QStringLiteral("。"));
    EXPECT_EQ(a.paragraphId, 4);
    EXPECT_EQ(a.paragraphOrdinal, 3);
}

TEST(Anchoring, StillHoldsOnlyWhereTheQuoteIsAtItsOffsets)
{
    const QList<ParagraphText> paragraphs{paragraph(4, 3, Rapporteur::Test::kAustralia1)};
    auto a = anchorAt(paragraphs[0], 29, 33);
    EXPECT_TRUE(stillHolds(a, paragraphs));
    a.start = 7; // the first 出口管制: same quote, other offsets
    a.end = 11;
    EXPECT_TRUE(stillHolds(a, paragraphs));
    a.start = 8;
    a.end = 12;
    EXPECT_FALSE(stillHolds(a, paragraphs));
    a.paragraphId = 5; // a paragraph that is gone
    EXPECT_FALSE(stillHolds(a, paragraphs));
}

TEST(Anchoring, ContextChoosesBetweenTwoOccurrencesAfterAnEditElsewhere)
{
    // "出口管制" occurs at code points 7 and 29; the edit adds 政府 (two code points) before both.
    const ParagraphText before = paragraph(4, 3, Rapporteur::Test::kAustralia1);
    const QList<ParagraphText> after{paragraph(3, 2, QStringLiteral("A. 各国政府")),
                                     paragraph(9, 3, kEdited)};
    const auto second = relocate(anchorAt(before, 29, 33), after);
    ASSERT_TRUE(second.has_value());
    EXPECT_EQ(second->paragraphId, 9);
    EXPECT_EQ(second->start, 31);
    EXPECT_EQ(second->end, 35);
    const auto first = relocate(anchorAt(before, 7, 11), after);
    ASSERT_TRUE(first.has_value());
    EXPECT_EQ(first->start, 9);
    EXPECT_EQ(first->end, 13);
    EXPECT_EQ(first->leftContext, QStringLiteral("澳大利亚政府认为，"));
}

TEST(Anchoring, AShortQuoteWithoutItsContextIsNotMovedAnywhere)
{
    Storage::CodingAnchor a;
    a.paragraphId = 4;
    a.start = 4;
    a.end = 6;
    a.quote = QStringLiteral("出口");
    a.leftContext = QStringLiteral("甲乙丙丁");
    a.rightContext = QStringLiteral("戊己庚辛");
    // 出口 is there, but nothing around it matches: 2 code points of evidence, 10 asked for.
    EXPECT_FALSE(relocate(a, {paragraph(9, 3, kEdited)}).has_value());
    // With context that matches around the first occurrence (1 code point left, all 8 right:
    // 2 + 9 ≥ 10) it is that passage; the second occurrence matches only 管制 (2 + 2).
    a.leftContext = QStringLiteral("，");
    a.rightContext = QStringLiteral("管制不具歧视性。");
    const auto found = relocate(a, {paragraph(9, 3, kEdited)});
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->start, 9);
}

TEST(Anchoring, AQuoteFoundNowhereIsNotRelocated)
{
    const auto a = anchorAt(paragraph(5, 4, Rapporteur::Test::kAustralia2), 0, 4);
    EXPECT_FALSE(relocate(a, {paragraph(9, 3, kEdited)}).has_value());
}
