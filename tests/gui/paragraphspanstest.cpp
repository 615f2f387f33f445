// ParagraphSpans through a real SubmissionReader on hand-made paragraphs: a selection of the
// document maps to code points of the stored text, and back, around what the HTML changes
// (footnote markers put back in the text, white space collapsed, characters outside the BMP).
#include "testsupport.h"

#include "gui/reader/submissionreader.h"

#include <QTextBlock>
#include <QTextDocument>

#include <gtest/gtest.h>

using namespace Rapporteur;
using Gui::SubmissionReader;
using Gui::TextSpan;

namespace {

Storage::ParagraphRecord paragraph(qint64 id, const QString &text)
{
    Storage::ParagraphRecord p;
    p.id = id;
    p.kind = ParagraphKind::Body;
    p.page = 3;
    p.text = text;
    return p;
}

class ParagraphSpansTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // The marker "1" stood after 这 (UTF-16 offset 6, as footnote anchors count).
        auto noted = paragraph(11, QStringLiteral("加拿大支持这些制度𠀀的工作。"));
        noted.footnotes = {{QStringLiteral("1"), QStringLiteral("见 A/RES/76/234。"), 6}};
        auto spaced = paragraph(12, QStringLiteral(" Export  controls\tmatter "));
        Storage::SubmissionRecord submission;
        submission.id = 5;
        submission.document = QStringLiteral("A/00/9");
        submission.heading = QStringLiteral("加拿大");
        reader.showSubmission(submission, {noted, spaced});
    }

    // Selects document positions [from, to) as a mouse would.
    void selectPositions(int from, int to)
    {
        QTextCursor cursor(reader.document());
        cursor.setPosition(from);
        cursor.setPosition(to, QTextCursor::KeepAnchor);
        reader.setTextCursor(cursor);
    }

    QTextBlock blockWith(const QString &needle) const
    {
        for (QTextBlock b = reader.document()->begin(); b.isValid(); b = b.next()) {
            if (b.text().contains(needle))
                return b;
        }
        return {};
    }

    SubmissionReader reader;
};

} // namespace

TEST_F(ParagraphSpansTest, TheMarkerIsShownButNeverPartOfASpan)
{
    const QTextBlock block = blockWith(QStringLiteral("这1些"));
    ASSERT_TRUE(block.isValid());
    ASSERT_TRUE(reader.spans().contains(11));
    const int at = block.position() + int(block.text().indexOf(QStringLiteral("这1些")));
    selectPositions(at, at + 3);
    // 这 is code point 5 and 些 code point 6 of the stored text: the marker between is not text.
    EXPECT_EQ(reader.selectedSpans(), (QList<TextSpan>{{11, 5, 7}}));
    // Back: the span covers the marker in the document, three characters.
    const auto positions = reader.spans().positionsOf({11, 5, 7});
    ASSERT_TRUE(positions.has_value());
    EXPECT_EQ(positions->first, at);
    EXPECT_EQ(positions->second, at + 3);
    // A span that ends right before the marker stops there.
    ASSERT_TRUE(reader.selectSpan({11, 3, 6}));
    EXPECT_EQ(reader.textCursor().selectedText(), QStringLiteral("支持这"));
}

TEST_F(ParagraphSpansTest, ACharacterOutsideTheBmpIsOneCodePoint)
{
    // 加拿大支持这些制度 is 9 code points; 𠀀 the 10th, 的 the 11th.
    ASSERT_TRUE(reader.selectSpan({11, 9, 11}));
    EXPECT_EQ(reader.textCursor().selectedText(), QStringLiteral("𠀀的"));
    EXPECT_EQ(reader.selectedSpans(), (QList<TextSpan>{{11, 9, 11}}));
    EXPECT_EQ(reader.spans().codePointLength(11), 14);
    // Half of a surrogate pair is never coded: the whole character is.
    const QTextBlock block = blockWith(QStringLiteral("𠀀"));
    const int at = block.position() + int(block.text().indexOf(QStringLiteral("𠀀")));
    selectPositions(at, at + 1);
    EXPECT_EQ(reader.selectedSpans(), (QList<TextSpan>{{11, 9, 10}}));
}

TEST_F(ParagraphSpansTest, CollapsedWhiteSpaceStillMapsToTheStoredOffsets)
{
    const QTextBlock block = blockWith(QStringLiteral("controls"));
    ASSERT_TRUE(block.isValid());
    ASSERT_TRUE(reader.spans().contains(12));
    // " Export  controls\tmatter ": controls is code points 9 to 17.
    ASSERT_TRUE(reader.selectSpan({12, 9, 17}));
    EXPECT_EQ(reader.textCursor().selectedText(), QStringLiteral("controls"));
    const int at = block.position() + int(block.text().indexOf(QStringLiteral("matter")));
    selectPositions(at, at + 6);
    EXPECT_EQ(reader.selectedSpans(), (QList<TextSpan>{{12, 18, 24}}));
}

TEST_F(ParagraphSpansTest, ASelectionOverPageLabelsAndNotesGivesOneSpanPerParagraph)
{
    // From 制度 in the first paragraph, over its footnote line, to Export in the second (whose
    // leading space the HTML dropped: the span starts at E, code point 1).
    ASSERT_TRUE(reader.selectRange(11, 7, 12, 7));
    EXPECT_EQ(reader.selectedSpans(), (QList<TextSpan>{{11, 7, 14}, {12, 1, 7}}));
    // Text outside every paragraph (the heading, the page label) gives no span.
    const QTextBlock label = blockWith(QStringLiteral("p. 3"));
    ASSERT_TRUE(label.isValid());
    selectPositions(label.position(), label.position() + label.length() - 1);
    EXPECT_TRUE(reader.selectedSpans().isEmpty());
}
