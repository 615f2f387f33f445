// The reflow of lines as the PDF reader gives them: raised footnote markers (superscript
// characters) anchor their notes wherever they stand, and the spaces a PDF loses at line ends
// come back where the document's own habit puts them.
#include "segmentation/reflow.h"

#include <gtest/gtest.h>

using namespace Rapporteur;

namespace {

SourceLine text(const QString &s, LineBreak after = LineBreak::End)
{
    return SourceLine{s, 1, LineRole::Text, after, false, false, {}, {}};
}

SourceLine note(const QString &marker, const QString &s)
{
    return SourceLine{s, 1, LineRole::Footnote, LineBreak::End, false, true, marker, {}};
}

SourceText pdfSource(const QList<SourceLine> &lines)
{
    SourceText source;
    source.lines = lines;
    source.pageCount = 1;
    source.lineEndSpacesLost = true;
    return source;
}

} // namespace

TEST(PdfReflow, RaisedMarkerAfterPunctuationAnchorsItsNote)
{
    const auto r = Segmentation::reflow(pdfSource(
        {text(QStringLiteral("a projected unencumbered balance of $6,896,800,¹ or 15.0 per cent.")),
         note(QStringLiteral("1"), QStringLiteral("Excludes one-time requirements."))}));
    ASSERT_EQ(r.blocks.size(), 1);
    EXPECT_EQ(r.blocks[0].text,
              QStringLiteral("a projected unencumbered balance of $6,896,800, or 15.0 per cent."));
    ASSERT_EQ(r.blocks[0].footnotes.size(), 1);
    EXPECT_EQ(r.blocks[0].footnotes[0].anchor, 47); // right after "$6,896,800,"
    EXPECT_TRUE(r.warnings.isEmpty());
}

TEST(PdfReflow, RaisedMarkerListsAnchorEachNote)
{
    const auto r = Segmentation::reflow(
        pdfSource({text(QStringLiteral("Projected expenditure for 2025/26ᵃᵇ")),
                   text(QStringLiteral("见第 3 段。¹,² 另见附件。")),
                   note(QStringLiteral("a"), QStringLiteral("Estimates.")),
                   note(QStringLiteral("b"), QStringLiteral("Excludes termination entitlements.")),
                   note(QStringLiteral("1"), QStringLiteral("同上。")),
                   note(QStringLiteral("2"), QStringLiteral("同上。"))}));
    ASSERT_EQ(r.blocks.size(), 2);
    EXPECT_EQ(r.blocks[0].text, QStringLiteral("Projected expenditure for 2025/26"));
    ASSERT_EQ(r.blocks[0].footnotes.size(), 2);
    EXPECT_EQ(r.blocks[0].footnotes[0].anchor, 33);
    EXPECT_EQ(r.blocks[0].footnotes[1].anchor, 33);
    // The space after the markers goes with them: Chinese puts none after "。".
    EXPECT_EQ(r.blocks[1].text, QStringLiteral("见第 3 段。另见附件。"));
    ASSERT_EQ(r.blocks[1].footnotes.size(), 2);
    EXPECT_EQ(r.blocks[1].footnotes[0].anchor, 7);
    EXPECT_TRUE(r.warnings.isEmpty()) << r.warnings.join(QLatin1Char(0x0a)).toStdString();
}

TEST(PdfReflow, LetterGluedToAWordIsNotAMarker)
{
    // "Agenda" ends in "a"; only the raised "ᵃ" is note a's marker.
    const auto r = Segmentation::reflow(pdfSource(
        {text(QStringLiteral("Agenda item 154")), text(QStringLiteral("Total for 2026/27ᵃ")),
         note(QStringLiteral("a"), QStringLiteral("Estimates."))}));
    ASSERT_EQ(r.blocks.size(), 2);
    EXPECT_EQ(r.blocks[0].text, QStringLiteral("Agenda item 154"));
    EXPECT_TRUE(r.blocks[0].footnotes.isEmpty());
    EXPECT_EQ(r.blocks[1].text, QStringLiteral("Total for 2026/27"));
    EXPECT_EQ(r.blocks[1].footnotes.size(), 1);
}

TEST(PdfReflow, SpaceLostAtALineEndComesBackWhereTheDocumentSpaces)
{
    // The document spaces Latin text and numbers off from Chinese ("第 3 段", "2022 年"), so a
    // line break between "在" and "2022" hid a space.
    const QList<SourceLine> lines{
        text(QStringLiteral("秘书处于 2022 年 1 月 24 日发出照会，请它们在"), LineBreak::Continue),
        text(QStringLiteral("2022 年 5 月 31 日前就第 3 段提供资料。"))};
    const auto restored = Segmentation::reflow(pdfSource(lines));
    ASSERT_EQ(restored.blocks.size(), 1);
    EXPECT_EQ(
        restored.blocks[0].text,
        QStringLiteral("秘书处于 2022 年 1 月 24 日发出照会，请它们在 2022 年 5 月 31 日前就第 3 "
                       "段提供资料。"));

    // A text file keeps its own spaces: nothing is added there.
    SourceText file = pdfSource(lines);
    file.lineEndSpacesLost = false;
    EXPECT_EQ(
        Segmentation::reflow(file).blocks[0].text,
        QStringLiteral("秘书处于 2022 年 1 月 24 日发出照会，请它们在2022 年 5 月 31 日前就第 3 "
                       "段提供资料。"));
}

TEST(PdfReflow, DocumentThatGluesNumbersGetsNoSpace)
{
    const auto r = Segmentation::reflow(pdfSource(
        {text(QStringLiteral("秘书处于2022年1月24日发出照会，请它们在"), LineBreak::Continue),
         text(QStringLiteral("2022年5月31日前提供资料。"))}));
    ASSERT_EQ(r.blocks.size(), 1);
    EXPECT_EQ(r.blocks[0].text,
              QStringLiteral("秘书处于2022年1月24日发出照会，请它们在2022年5月31日前提供资料。"));
}

TEST(PdfReflow, LineEndHyphenGoesOnlyWhereTheDocumentWritesTheWordWhole)
{
    const auto r = Segmentation::reflow(pdfSource(
        {text(QStringLiteral("The Committee encourages inter-"), LineBreak::Continue),
         text(QStringLiteral("national cooperation on non-"), LineBreak::Continue),
         text(QStringLiteral("proliferation and on para-"), LineBreak::Continue),
         text(QStringLiteral("graph 5.")),
         text(QStringLiteral("International cooperation and non-proliferation go together.")),
         text(QStringLiteral("See paragraph 6."))}));
    ASSERT_EQ(r.blocks.size(), 3);
    // "international" and "paragraph" are whole elsewhere; "non-proliferation" keeps its hyphen.
    EXPECT_EQ(r.blocks[0].text,
              QStringLiteral("The Committee encourages international cooperation on "
                             "non-proliferation and on paragraph 5."));
}

TEST(PdfReflow, SoftHyphenAtALineEndAlwaysGoes)
{
    const auto r = Segmentation::reflow(
        pdfSource({text(QStringLiteral("the Advisory Committee on Administrative and Budget\u00AD"),
                        LineBreak::Continue),
                   text(QStringLiteral("ary Questions"))}));
    ASSERT_EQ(r.blocks.size(), 1);
    EXPECT_EQ(r.blocks[0].text,
              QStringLiteral("the Advisory Committee on Administrative and Budgetary Questions"));
}

// A/RES/73/7: note 1 is called on page 1 ("…the International Criminal Court¹") and again on
// page 2 ("…Rome Statute of the International Criminal Court,¹ and calls upon…"), where the
// page's own note is 4; the second call used to stay in the text as "¹". An exponent is no call.
TEST(PdfReflow, ANoteCalledAgainIsAttachedAtItsSecondCallToo)
{
    SourceLine second = text(QStringLiteral("2. Also welcomes the States that have become parties "
                                            "to the Rome Statute of the International Criminal "
                                            "Court,¹ and calls upon all States;⁴ and 12.5 m³."));
    second.page = 2;
    SourceLine secondNote = note(QStringLiteral("4"), QStringLiteral("A/73/334."));
    secondNote.page = 2;
    const auto r = Segmentation::reflow(pdfSource(
        {text(QStringLiteral("Recalling the Rome Statute of the International Criminal Court¹")),
         note(QStringLiteral("1"), QStringLiteral("United Nations, Treaty Series, vol. 2187.")),
         second, secondNote}));
    ASSERT_EQ(r.blocks.size(), 2);
    const auto &b = r.blocks[1];
    EXPECT_EQ(b.text, QStringLiteral("2. Also welcomes the States that have become parties to the "
                                     "Rome Statute of the International Criminal Court, and calls "
                                     "upon all States; and 12.5 m³."));
    ASSERT_EQ(b.footnotes.size(), 2);
    EXPECT_EQ(b.footnotes[0].marker, QStringLiteral("1"));
    EXPECT_EQ(b.footnotes[0].text, QStringLiteral("United Nations, Treaty Series, vol. 2187."));
    EXPECT_EQ(b.footnotes[0].anchor, 109); // right after "Court,"
    EXPECT_EQ(b.footnotes[1].marker, QStringLiteral("4"));
    EXPECT_EQ(b.footnotes[1].anchor, 136); // right after "States;"
    ASSERT_EQ(r.blocks[0].footnotes.size(), 1);
    EXPECT_TRUE(r.warnings.isEmpty());
}
