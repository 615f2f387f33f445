// SubmissionReader on small hand-made records: what a reader sees, not the HTML it is made of.
#include "testsupport.h"

#include "gui/reader/submissionreader.h"
#include "gui/settings/translation.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTextBlock>
#include <QTextDocument>

#include <gtest/gtest.h>

using namespace Rapporteur;
using Gui::SubmissionReader;

namespace {

Storage::SubmissionRecord canada()
{
    Storage::SubmissionRecord submission;
    submission.id = 7;
    submission.document = QStringLiteral("A/77/96");
    submission.heading = QStringLiteral("加拿大");
    submission.entity = Storage::EntityRef{QStringLiteral("CAN"), QStringLiteral("加拿大"),
                                           QStringLiteral("Canada")};
    submission.languages = {QStringLiteral("en"), QStringLiteral("fr")};
    submission.date = QDate(2022, 5, 31);
    return submission;
}

Storage::ParagraphRecord paragraph(ParagraphKind kind, int page, const QString &text)
{
    Storage::ParagraphRecord p;
    p.kind = kind;
    p.page = page;
    p.text = text;
    return p;
}

// The block whose text contains needle, or an invalid block.
QTextBlock blockWith(const QTextDocument *doc, const QString &needle)
{
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        if (block.text().contains(needle))
            return block;
    }
    return {};
}

// The format of the last letter of needle in the block (a paragraph's first letter also carries
// its anchor).
QTextCharFormat formatAt(const QTextBlock &block, const QString &needle)
{
    const qsizetype at = block.text().indexOf(needle);
    if (at < 0)
        return {};
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + static_cast<int>(at + needle.size()));
    return cursor.charFormat();
}

class SubmissionReaderTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto heading = paragraph(ParagraphKind::Heading, 11, QStringLiteral("出口管制"));
        auto body =
            paragraph(ParagraphKind::Body, 12, QStringLiteral("加拿大支持这些制度的工作。"));
        body.footnotes = {{QStringLiteral("1"), QStringLiteral("见 A/RES/76/234。"), 6}};
        body.links = {
            {QStringLiteral("https://undocs.org/ch/A/RES/76/234"), QStringLiteral("A/RES/76/234")}};
        reader.showSubmission(canada(), {heading, body});
    }

    SubmissionReader reader;
};

TEST_F(SubmissionReaderTest, ShowsTheHeadingAndFactsOfTheSubmission)
{
    const QString text = reader.toPlainText();
    EXPECT_TRUE(text.startsWith(QStringLiteral("加拿大")));
    EXPECT_TRUE(
        text.contains(QStringLiteral("Canada · original: English, French · 2022-05-31 · A/77/96")))
        << text.toStdString();
    EXPECT_EQ(reader.submissionId(), 7);
}

// The original languages are named in the interface's language, not by their codes.
TEST(SubmissionReaderLanguages, TheChineseInterfaceNamesTheOriginalLanguagesInChinese)
{
    ASSERT_TRUE(Gui::installTranslation(QStringLiteral("zh")));
    SubmissionReader reader;
    reader.showSubmission(canada(), {paragraph(ParagraphKind::Body, 12, QStringLiteral("正文。"))});
    const QString text = reader.toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("原文：英语、法语"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("原文：en"))) << text.toStdString();
    EXPECT_TRUE(Gui::installTranslation(QStringLiteral("en")));
}

TEST_F(SubmissionReaderTest, HeadingsAreBoldAndBodyTextIsNot)
{
    const QTextBlock heading = blockWith(reader.document(), QStringLiteral("出口管制"));
    ASSERT_TRUE(heading.isValid());
    EXPECT_EQ(formatAt(heading, QStringLiteral("出口管制")).fontWeight(), QFont::Bold);
    const QTextBlock body = blockWith(reader.document(), QStringLiteral("加拿大支持"));
    ASSERT_TRUE(body.isValid());
    EXPECT_LT(formatAt(body, QStringLiteral("加拿大支持")).fontWeight(), QFont::Bold);
}

TEST_F(SubmissionReaderTest, EachParagraphShowsItsPageInGrey)
{
    const QTextBlock page = blockWith(reader.document(), QStringLiteral("p. 12"));
    ASSERT_TRUE(page.isValid());
    EXPECT_EQ(page.text(), QStringLiteral("p. 12"));
    const QColor grey = formatAt(page, QStringLiteral("12")).foreground().color();
    EXPECT_EQ(grey.red(), grey.green());
    EXPECT_GT(grey.red(), 64);
    EXPECT_TRUE(blockWith(reader.document(), QStringLiteral("p. 11")).isValid());
}

TEST_F(SubmissionReaderTest, FootnotesFollowTheirParagraphAtTheTextsSizeInADarkGrey)
{
    const QTextBlock body = blockWith(reader.document(), QStringLiteral("加拿大支持"));
    // The marker is back at its anchor, as a superscript.
    EXPECT_EQ(body.text(), QStringLiteral("加拿大支持这1些制度的工作。"));
    EXPECT_EQ(formatAt(body, QStringLiteral("1")).verticalAlignment(),
              QTextCharFormat::AlignSuperScript);

    const QTextBlock note = body.next();
    EXPECT_EQ(note.text(), QStringLiteral("1 见 A/RES/76/234。"));
    // No smaller type (a negative size adjustment in a QTextDocument: ten pixels at the default
    // size), and a grey dark enough to read at length (7:1 and more against white).
    const QTextCharFormat noteFormat = formatAt(note, QStringLiteral("见"));
    EXPECT_EQ(noteFormat.intProperty(QTextFormat::FontSizeAdjustment), 0);
    const QColor grey = noteFormat.foreground().color();
    EXPECT_EQ(grey.red(), grey.green());
    EXPECT_LE(grey.red(), 0x59);
    EXPECT_GT(grey.red(), 0);
}

TEST_F(SubmissionReaderTest, LinksAreClickableAnchors)
{
    const QTextBlock note = blockWith(reader.document(), QStringLiteral("见 A/RES/76/234"));
    ASSERT_TRUE(note.isValid());
    const QTextBlock anchor = note.next();
    EXPECT_EQ(anchor.text(), QStringLiteral("A/RES/76/234"));
    const QTextCharFormat format = formatAt(anchor, QStringLiteral("A/RES/76/234"));
    EXPECT_TRUE(format.isAnchor());
    EXPECT_EQ(format.anchorHref(), QStringLiteral("https://undocs.org/ch/A/RES/76/234"));
}

TEST_F(SubmissionReaderTest, AFootnoteShowsOnHoverOverItsMarker)
{
    reader.resize(600, 400);
    reader.show();
    const QTextBlock body = blockWith(reader.document(), QStringLiteral("加拿大支持"));
    QTextCursor marker(body);
    marker.setPosition(body.position() + 6); // before the superscript "1"
    const QRect at = reader.cursorRect(marker);
    const QPoint onMarker = at.center() + QPoint(3, 0);
    EXPECT_EQ(reader.footnoteAt(onMarker), QStringLiteral("1 见 A/RES/76/234。"));
    EXPECT_EQ(reader.footnoteAt(at.center() + QPoint(-40, 0)), QString());
}

TEST_F(SubmissionReaderTest, CopiedTextSaysWhereItComesFrom)
{
    const QTextBlock body = blockWith(reader.document(), QStringLiteral("加拿大支持"));
    QTextCursor selection(body);
    selection.movePosition(QTextCursor::Right, QTextCursor::KeepAnchor, 3);
    reader.setTextCursor(selection);
    EXPECT_EQ(reader.provenance(selection), QStringLiteral("加拿大, A/77/96, p. 12"));
    reader.copy();
    EXPECT_EQ(QGuiApplication::clipboard()->text(),
              QStringLiteral("加拿大\n(加拿大, A/77/96, p. 12)"));
}

TEST(SubmissionReader, ADocumentOfTheCorpusNamedInTheTextOpensInTheApplication)
{
    SubmissionReader reader;
    reader.setCorpusSymbols({QStringLiteral("A/77/96"), QStringLiteral("A/79/416")});
    auto note = paragraph(ParagraphKind::Body, 1, QStringLiteral("报告见附件。"));
    note.footnotes = {{QStringLiteral("4"), QStringLiteral("A/77/96。"), 3}};
    auto cited = paragraph(ParagraphKind::Body, 2,
                           QStringLiteral("秘书长的报告(A/77/96)和 A/77/960 以及 A/77/96/Add.1。"));
    cited.links = {
        {QStringLiteral("https://undocs.org/ch/A/79/416"), QStringLiteral("A/79/416")},
        {QStringLiteral("https://undocs.org/ch/A/RES/76/234"), QStringLiteral("A/RES/76/234")}};
    reader.showSubmission(canada(), {note, cited});

    QStringList hrefs;
    for (QTextBlock block = reader.document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (!it.fragment().charFormat().anchorHref().isEmpty())
                hrefs << it.fragment().charFormat().anchorHref() + QLatin1Char('=') +
                             it.fragment().text();
        }
    }
    // The footnote's and the text's mention, not the longer symbols; the link to a document of
    // the corpus stays in the application, the other goes to the web.
    EXPECT_EQ(hrefs,
              (QStringList{QStringLiteral("entity:CAN=Canada"), QStringLiteral("note:0/0=4"),
                           QStringLiteral("corpus:A/77/96=A/77/96"),
                           QStringLiteral("corpus:A/77/96=A/77/96"),
                           QStringLiteral("corpus:A/79/416=A/79/416"),
                           QStringLiteral("https://undocs.org/ch/A/RES/76/234=A/RES/76/234")}));

    // The state's name in the header leads to its profile.
    QSignalSpy profile(&reader, &SubmissionReader::entityActivated);
    emit reader.anchorClicked(QUrl(QStringLiteral("entity:CAN")));
    ASSERT_EQ(profile.count(), 1);
    EXPECT_EQ(profile.first().at(0).toString(), QStringLiteral("CAN"));

    QSignalSpy opened(&reader, &SubmissionReader::documentLinkActivated);
    emit reader.anchorClicked(QUrl(QStringLiteral("corpus:A/77/96")));
    ASSERT_EQ(opened.count(), 1);
    EXPECT_EQ(opened.first().at(0).toString(), QStringLiteral("A/77/96"));
}

TEST(SubmissionReader, MarkupInTheTextIsShownLiterally)
{
    SubmissionReader reader;
    reader.showSubmission(canada(),
                          {paragraph(ParagraphKind::Body, 3, QStringLiteral("a <b>x</b> & y"))});
    EXPECT_TRUE(reader.toPlainText().contains(QStringLiteral("a <b>x</b> & y")));
}

TEST(SubmissionReader, ANoteReplacesTheText)
{
    SubmissionReader reader;
    reader.showSubmission(canada(), {paragraph(ParagraphKind::Body, 3, QStringLiteral("正文"))});
    reader.showNote(QStringLiteral("Loading failed."));
    EXPECT_EQ(reader.toPlainText(), QStringLiteral("Loading failed."));
    EXPECT_EQ(reader.submissionId(), 0);
}

} // namespace

namespace {

TEST(SubmissionReader, ADocumentsTextNamesTheStateOfEachParagraphInCopiedProvenance)
{
    Storage::DocumentRecord report;
    report.symbol = QStringLiteral("A/77/96");
    auto chinaRecord = canada();
    chinaRecord.id = 8;
    chinaRecord.heading = QStringLiteral("中国");
    chinaRecord.entity =
        Storage::EntityRef{QStringLiteral("CHN"), QStringLiteral("中国"), QStringLiteral("China")};
    auto intro = paragraph(ParagraphKind::Body, 1, QStringLiteral("秘书长的报告。"));
    intro.id = 100;
    auto fromCanada = paragraph(ParagraphKind::Body, 4, QStringLiteral("加拿大的意见。"));
    fromCanada.id = 101;
    fromCanada.submissionId = 7;
    auto fromChina = paragraph(ParagraphKind::Body, 11, QStringLiteral("中国的意见。"));
    fromChina.id = 102;
    fromChina.submissionId = 8;

    SubmissionReader reader;
    reader.showDocumentText(report, {intro, fromCanada, fromChina}, {canada(), chinaRecord});
    const auto provenanceOf = [&](const QString &needle) {
        QTextCursor cursor(blockWith(reader.document(), needle));
        cursor.movePosition(QTextCursor::Right, QTextCursor::KeepAnchor, 2);
        return reader.provenance(cursor);
    };
    EXPECT_EQ(provenanceOf(QStringLiteral("秘书长")), QStringLiteral("A/77/96, p. 1"));
    EXPECT_EQ(provenanceOf(QStringLiteral("加拿大的")), QStringLiteral("加拿大, A/77/96, p. 4"));
    EXPECT_EQ(provenanceOf(QStringLiteral("中国的")), QStringLiteral("中国, A/77/96, p. 11"));
    // Each page is named once, where it begins.
    EXPECT_TRUE(blockWith(reader.document(), QStringLiteral("p. 11")).isValid());
    EXPECT_TRUE(reader.showParagraph(102));
    EXPECT_FALSE(reader.showParagraph(999));
}

} // namespace
