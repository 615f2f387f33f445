// What the reflow attaches at a page's end, from input nobody wrote on purpose: damaged PDFs,
// links too long for any pattern, page numbers that go back.
#include "pipeline.h"

#include "testsupport.h"

#include "importer/pdfreader.h"
#include "segmentation/pageattachments.h"
#include "segmentation/reflow.h"

#include <QDir>

#include <gtest/gtest.h>

using namespace Rapporteur;
using Rapporteur::Test::reflowText;

namespace {

SourceLine pdfText(const QString &s, int page = 1)
{
    return SourceLine{s, page, LineRole::Text, LineBreak::End, false, false, {}, {}};
}

SourceLine pdfNoteLine(const QString &s, int page = 1)
{
    return SourceLine{s, page, LineRole::Footnote, LineBreak::End, false, false, {}, {}};
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

// A damaged PDF (tests/fixtures/fuzz/pdf/) put a footnote's second line at the foot of a page
// whose notes had no first line: the note has no marker, and looking for an empty marker crashed.
TEST(PageAttachments, FootnoteWithoutItsFirstLineIsKeptWithoutMarker)
{
    const auto r = Segmentation::reflow(
        pdfSource({pdfText(QStringLiteral("The Committee recommends approval.")),
                   pdfNoteLine(QStringLiteral("continued from a note whose start is lost")),
                   pdfText(QStringLiteral("Next page."), 2)}));
    ASSERT_EQ(r.blocks.size(), 2);
    ASSERT_EQ(r.blocks[0].footnotes.size(), 1);
    EXPECT_TRUE(r.blocks[0].footnotes[0].marker.isEmpty());
    EXPECT_EQ(r.blocks[0].footnotes[0].anchor, -1);
    EXPECT_EQ(r.blocks[0].text, QStringLiteral("The Committee recommends approval."));
    ASSERT_EQ(r.warnings.size(), 1);
    EXPECT_TRUE(r.warnings[0].contains(QStringLiteral("without a marker")));
}

TEST(PageAttachments, EmptyMarkerIsFoundNowhere)
{
    QList<Segmentation::Block> blocks{
        {QStringLiteral("见第 3 段。 另见附件。"), 1, false, {}, {}, {}}};
    QStringList warnings;
    QList<Footnote> documentNotes;
    Segmentation::attachFootnotes(blocks, 0, 1, {Footnote{QString(), QStringLiteral("同上。"), -1}},
                                  warnings, documentNotes);
    EXPECT_EQ(blocks[0].text, QStringLiteral("见第 3 段。 另见附件。"));
    ASSERT_EQ(blocks[0].footnotes.size(), 1);
    EXPECT_EQ(blocks[0].footnotes[0].anchor, -1);
    EXPECT_EQ(warnings.size(), 1);
}

// A line of links run together is one link target of any length. It once became a regular
// expression PCRE2 refused ("invalid QRegularExpression"), and the pasted copy stayed in the text.
TEST(PageAttachments, PastedLinkOfAnyLengthLeavesTheText)
{
    QString target = QStringLiteral("https://www.example.gov/");
    for (int i = 0; i < 4000; ++i)
        target += QStringLiteral("https://www.example.gov/a%1").arg(i);
    // Wrapped inside a word, so that the second line does not itself look like a link line.
    const qsizetype wrap = target.indexOf(QStringLiteral("example"), target.size() / 2) + 3;
    const QString text = QStringLiteral(" 标准可在网站(") + target.left(wrap) +
                         QStringLiteral("\n\n") + target.mid(wrap) +
                         QStringLiteral(")上获取。 \n\n") + target + QStringLiteral("\n");
    const auto r = reflowText(text);
    ASSERT_EQ(r.blocks.size(), 1);
    // Compared as a whole, printed only in part: the text is 100,000 characters long.
    EXPECT_TRUE(r.blocks[0].text == QStringLiteral("标准可在网站()上获取。"))
        << r.blocks[0].text.left(60).toStdString() << "…";
    ASSERT_EQ(r.blocks[0].links.size(), 1);
    EXPECT_TRUE(r.blocks[0].links[0].target == target);
}

// Files joined, or an annex that numbers its pages afresh: page 1 comes again. What is listed at
// the foot of the second page 1 belongs to the text of that page, not to the first one.
TEST(PageAttachments, PageNumbersThatGoBackAttachToTheirOwnPage)
{
    const auto r = Segmentation::reflow(pdfSource(
        {pdfText(QStringLiteral("大会第 76/234 号决议。")), pdfText(QStringLiteral("第二页。"), 2),
         pdfText(QStringLiteral("附件：大会第 76/234 号决议。"), 1),
         SourceLine{QStringLiteral("https://undocs.org/ch/A/RES/76/234"),
                    1,
                    LineRole::LinkTarget,
                    LineBreak::End,
                    false,
                    false,
                    {},
                    {}},
         pdfText(QStringLiteral("附件第二页。"), 2)}));
    ASSERT_EQ(r.blocks.size(), 4);
    EXPECT_TRUE(r.blocks[0].links.isEmpty());
    ASSERT_EQ(r.blocks[2].links.size(), 1);
    EXPECT_EQ(r.blocks[2].links[0].symbol, QStringLiteral("A/RES/76/234"));
}

// Every damaged PDF that once crashed the reading (tests/fixtures/fuzz/fuzz_pdf/, also replayed
// by tools/run-fuzzers) is read to the end: refused with a message, or read with warnings.
TEST(PageAttachments, KeptPdfReproducersReadToTheEnd)
{
    const QDir dir(Rapporteur::Test::fixturePath(QStringLiteral("fuzz/fuzz_pdf")));
    const QStringList files = dir.entryList(QDir::Files);
    ASSERT_FALSE(files.isEmpty());
    for (const QString &name : files) {
        SCOPED_TRACE(name.toStdString());
        NullProgress progress;
        CancelToken cancel;
        const auto read = Importer::readPdf(dir.filePath(name), {}, progress, cancel);
        if (!read)
            continue;
        const auto r = Segmentation::reflow(*read);
        EXPECT_FALSE(r.blocks.isEmpty());
    }
}

// Found by fuzz_reflow (tests/fixtures/fuzz/fuzz_reflow/): the comma before a raised marker goes
// with it, and the note's anchor is where the marker stood in the text that is left, not past
// its end.
TEST(PageAttachments, AnchorAfterACommaBeforeTheMarkerStaysInTheText)
{
    QList<Segmentation::Block> blocks{{QStringLiteral("见第 3 段。¹,²"), 1, false, {}, {}, {}}};
    QStringList warnings;
    QList<Footnote> documentNotes;
    Segmentation::attachFootnotes(blocks, 0, 1, {Footnote{QStringLiteral("2"), QString(), -1}},
                                  warnings, documentNotes);
    EXPECT_EQ(blocks[0].text, QStringLiteral("见第 3 段。¹"));
    ASSERT_EQ(blocks[0].footnotes.size(), 1);
    EXPECT_EQ(blocks[0].footnotes[0].anchor, 8);
}

// A later marker taken out before an earlier one (the page's notes arrive in two groups): the
// anchors already set after it move with the text.
TEST(PageAttachments, AnchorsMoveWhenAnEarlierMarkerIsTakenOut)
{
    QList<Segmentation::Block> blocks{{QStringLiteral("甲。¹ 乙。²"), 1, false, {}, {}, {}}};
    QStringList warnings;
    QList<Footnote> documentNotes;
    Segmentation::attachFootnotes(blocks, 0, 1, {Footnote{QStringLiteral("2"), QString(), -1}},
                                  warnings, documentNotes);
    Segmentation::attachFootnotes(blocks, 0, 1, {Footnote{QStringLiteral("1"), QString(), -1}},
                                  warnings, documentNotes);
    EXPECT_EQ(blocks[0].text, QStringLiteral("甲。乙。"));
    ASSERT_EQ(blocks[0].footnotes.size(), 2);
    EXPECT_EQ(blocks[0].footnotes[0].marker, QStringLiteral("2"));
    EXPECT_EQ(blocks[0].footnotes[0].anchor, 4);
    EXPECT_EQ(blocks[0].footnotes[1].anchor, 2);
    EXPECT_TRUE(warnings.isEmpty());
}

// A/C.1/80/L.54, page 1: "Chad:* draft resolution" calls its note with "*" glued to the colon; the
// fascicle A/81/6 (Sect. 16)/Part A calls "*", "**" and "***" from its masthead and session
// block, which are not text: those are notes of the document, without a warning.
TEST(PageAttachments, SignMarkersAreFoundAsSetOrBelongToTheDocument)
{
    QList<Segmentation::Block> blocks{
        {QStringLiteral("Chad:* draft resolution"), 1, false, {}, {}, {}},
        {QStringLiteral("Regional confidence-building measures"), 1, false, {}, {}, {}}};
    QStringList warnings;
    QList<Footnote> documentNotes;
    Segmentation::attachFootnotes(
        blocks, 0, 1,
        {Footnote{QStringLiteral("*"), QStringLiteral("On behalf of the States Members."), -1},
         Footnote{QStringLiteral("**"), QStringLiteral("A/81/50."), -1}},
        warnings, documentNotes);
    EXPECT_EQ(blocks[0].text, QStringLiteral("Chad: draft resolution"));
    ASSERT_EQ(blocks[0].footnotes.size(), 1);
    EXPECT_EQ(blocks[0].footnotes[0].anchor, 5);
    ASSERT_EQ(documentNotes.size(), 1);
    EXPECT_EQ(documentNotes[0].marker, QStringLiteral("**"));
    EXPECT_EQ(documentNotes[0].text, QStringLiteral("A/81/50."));
    EXPECT_TRUE(warnings.isEmpty());
    EXPECT_TRUE(blocks[1].footnotes.isEmpty());
}
