// The PDF path against the text path on the same documents: the sample texts laid out as UN
// PDFs by tests/pdfgen (masthead, running header and footer, raised footnote markers with the
// notes under a rule, link annotations) must read back to the same submissions, paragraphs,
// footnotes, links and votes as the texts themselves. And on every PDF, generated or real, no
// paragraph may hold a running header, a job number, a barcode or a page number.
#include "workflow/importer.h"

#include "testsupport.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace Rapporteur;

namespace {

const QString kReport = QStringLiteral("A-77-96.zh");
const QString kCommittee = QStringLiteral("first-committee-79-item-106-report.zh");

QString generatedPdf(const QString &name)
{
    return QStringLiteral(RAPPORTEUR_GENERATED_DIR "/") + name + QStringLiteral(".pdf");
}

ParsedDocument prepare(const QString &path, const QString &symbol = {})
{
    NullProgress progress;
    CancelToken cancel;
    auto prepared = Workflow::prepareImport({path, symbol, {}}, progress, cancel);
    EXPECT_TRUE(prepared.ok()) << path.toStdString() << ": "
                               << prepared.error().userMessage.toStdString();
    return prepared ? prepared->document : ParsedDocument{};
}

// Compares two readings paragraph by paragraph, and says where they first part.
void expectSameParagraphs(const ParsedDocument &fromText, const ParsedDocument &fromPdf)
{
    ASSERT_EQ(fromPdf.paragraphs.size(), fromText.paragraphs.size());
    for (qsizetype i = 0; i < fromText.paragraphs.size(); ++i) {
        const Paragraph &t = fromText.paragraphs[i];
        const Paragraph &p = fromPdf.paragraphs[i];
        SCOPED_TRACE(QStringLiteral("paragraph %1: %2").arg(i).arg(t.text.left(40)).toStdString());
        EXPECT_EQ(p.text, t.text);
        EXPECT_EQ(p.kind, t.kind);
        EXPECT_EQ(p.section, t.section);
        EXPECT_EQ(p.submission, t.submission);
        EXPECT_EQ(p.footnotes, t.footnotes);
        QList<Link> pdfLinks = p.links;
        QList<Link> textLinks = t.links;
        auto byTarget = [](const Link &a, const Link &b) { return a.target < b.target; };
        std::sort(pdfLinks.begin(), pdfLinks.end(), byTarget);
        std::sort(textLinks.begin(), textLinks.end(), byTarget);
        EXPECT_EQ(pdfLinks, textLinks);
        if (p.text != t.text)
            return; // one divergence shifts everything after it: the first one is the news
    }
}

class PdfImport : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_reportText = new ParsedDocument(
            prepare(Rapporteur::Test::corpusPath(kReport + QStringLiteral(".txt"))));
        s_reportPdf = new ParsedDocument(prepare(generatedPdf(kReport)));
        s_committeeText = new ParsedDocument(
            prepare(Rapporteur::Test::corpusPath(kCommittee + QStringLiteral(".txt")),
                    QStringLiteral("A/79/416")));
        s_committeePdf = new ParsedDocument(prepare(generatedPdf(kCommittee)));
        s_realPdf = new ParsedDocument(
            prepare(Rapporteur::Test::corpusPath(QStringLiteral("real/A-80-604-Add.6.en.pdf"))));
    }
    static void TearDownTestSuite()
    {
        for (ParsedDocument *d :
             {s_reportText, s_reportPdf, s_committeeText, s_committeePdf, s_realPdf})
            delete d;
    }

    static inline ParsedDocument *s_reportText = nullptr;
    static inline ParsedDocument *s_reportPdf = nullptr;
    static inline ParsedDocument *s_committeeText = nullptr;
    static inline ParsedDocument *s_committeePdf = nullptr;
    static inline ParsedDocument *s_realPdf = nullptr;
};

TEST_F(PdfImport, ReportPdfHasTheSubmissionsOfTheText)
{
    ASSERT_EQ(s_reportText->submissions.size(), 33);
    ASSERT_EQ(s_reportPdf->submissions.size(), 33);
    for (qsizetype i = 0; i < 33; ++i) {
        const Submission &t = s_reportText->submissions[i];
        const Submission &p = s_reportPdf->submissions[i];
        SCOPED_TRACE(t.heading.toStdString());
        EXPECT_EQ(p.entityCode, t.entityCode);
        EXPECT_EQ(p.heading, t.heading);
        EXPECT_EQ(p.languages, t.languages);
        EXPECT_EQ(p.date, t.date);
        EXPECT_EQ(p.group, t.group);
        EXPECT_EQ(p.section, t.section);
    }
}

TEST_F(PdfImport, ReportPdfHasTheParagraphsOfTheText)
{
    // 607 paragraphs with 12 footnotes and 99 links: counted in the text itself, see
    // CompilationReport; here only the agreement of the two paths is at stake.
    expectSameParagraphs(*s_reportText, *s_reportPdf);
    EXPECT_TRUE(s_reportPdf->warnings.isEmpty())
        << s_reportPdf->warnings.join(QLatin1Char(0x0a)).toStdString();
}

TEST_F(PdfImport, ReportPdfMastheadGivesSymbolAndDate)
{
    EXPECT_EQ(s_reportPdf->symbol, QStringLiteral("A/77/96"));
    EXPECT_FALSE(s_reportPdf->symbolProvisional);
    EXPECT_EQ(s_reportPdf->date, QDate(2022, 6, 13)); // as tests/pdfgen/CMakeLists.txt sets it
    EXPECT_EQ(s_reportPdf->title, s_reportText->title);
}

TEST_F(PdfImport, PagesOfPdfParagraphsAreTheirPages)
{
    int previous = 1;
    for (const Paragraph &p : s_reportPdf->paragraphs) {
        EXPECT_GE(p.page, previous) << p.text.left(30).toStdString();
        EXPECT_LE(p.page, s_reportPdf->pageCount);
        previous = p.page;
    }
    EXPECT_EQ(s_reportPdf->paragraphs.first().page, 1);
    EXPECT_EQ(s_reportPdf->paragraphs.last().page, s_reportPdf->pageCount);
}

TEST_F(PdfImport, CommitteePdfFindsItsSymbolInTheRunningHeader)
{
    EXPECT_EQ(s_committeePdf->symbol, QStringLiteral("A/79/416"));
    EXPECT_FALSE(s_committeePdf->symbolProvisional);
    EXPECT_EQ(s_committeePdf->date, QDate(2024, 11, 15));
    EXPECT_EQ(s_committeePdf->originalLanguages, QStringList{QStringLiteral("en")});
}

TEST_F(PdfImport, CommitteePdfHasTheVotesOfTheText)
{
    ASSERT_EQ(s_committeeText->votes.size(), 3);
    ASSERT_EQ(s_committeePdf->votes.size(), 3);
    for (qsizetype i = 0; i < 3; ++i) {
        // Everything but the page: the text only estimates its pages, the PDF knows them.
        RecordedVote fromPdf = s_committeePdf->votes[i];
        const RecordedVote &fromText = s_committeeText->votes[i];
        EXPECT_GE(fromPdf.page, fromText.page);
        fromPdf.page = fromText.page;
        EXPECT_TRUE(fromPdf == fromText) << "vote " << fromText.label.toStdString();
        EXPECT_EQ(fromPdf.yes.size(), fromText.yes.size());
    }
    EXPECT_EQ(s_committeePdf->sponsorships, s_committeeText->sponsorships);
    EXPECT_EQ(s_committeePdf->resolution, s_committeeText->resolution);
    EXPECT_TRUE(s_committeePdf->errors.isEmpty());
}

TEST_F(PdfImport, CommitteePdfHasTheParagraphsOfTheText)
{
    expectSameParagraphs(*s_committeeText, *s_committeePdf);
}

// What running furniture looks like in any UN PDF: the job number ("22-09134", "26-04865 (E)"),
// the barcode line, "N/M" page numbers with the document's page count.
void expectNoFurniture(const ParsedDocument &doc)
{
    SCOPED_TRACE(doc.symbol.toStdString());
    static const QRegularExpression jobNumber(QStringLiteral(R"((?<![\d/])\d{2}-\d{5}(?!\d))"));
    static const QRegularExpression barcode(QStringLiteral(R"(\*\d{7}\*)"));
    const QRegularExpression pageNumber(
        QStringLiteral(R"((?<![\d/.])\d{1,3}/%1(?![\d/]))").arg(doc.pageCount));
    ASSERT_FALSE(doc.paragraphs.isEmpty());
    for (const Paragraph &p : doc.paragraphs) {
        EXPECT_FALSE(jobNumber.match(p.text).hasMatch()) << p.text.toStdString();
        EXPECT_FALSE(barcode.match(p.text).hasMatch()) << p.text.toStdString();
        EXPECT_FALSE(pageNumber.match(p.text).hasMatch()) << p.text.toStdString();
        EXPECT_NE(p.text.trimmed(), doc.symbol);
        EXPECT_FALSE(p.text.startsWith(doc.symbol + QLatin1Char(' ')));
    }
}

TEST_F(PdfImport, NoParagraphOfAnyPdfHoldsFurniture)
{
    expectNoFurniture(*s_reportPdf);
    expectNoFurniture(*s_committeePdf);
    expectNoFurniture(*s_realPdf);
}

TEST_F(PdfImport, RealPdfFootnotesAreAnchoredAtTheirRaisedMarkers)
{
    QList<std::pair<QString, QString>> anchored; // marker, the text before it
    for (const Paragraph &p : s_realPdf->paragraphs) {
        for (const Footnote &f : p.footnotes) {
            ASSERT_GE(f.anchor, 0) << f.marker.toStdString();
            anchored.append({f.marker, p.text.left(f.anchor).right(20)});
        }
    }
    // From the PDF as printed: footnote 1 after "$6,896,800," on page 3, footnote 2 on page 11.
    // The notes a and b on page 1 are the notes of the table they stand under.
    ASSERT_EQ(anchored.size(), 2);
    EXPECT_EQ(anchored[0],
              std::make_pair(QStringLiteral("1"), QStringLiteral("lance of $6,896,800,")));
    EXPECT_EQ(anchored[1].first, QStringLiteral("2"));
    ASSERT_FALSE(s_realPdf->tables.isEmpty());
    ASSERT_EQ(s_realPdf->tables.first().notes.size(), 2);
    EXPECT_EQ(s_realPdf->tables.first().notes[0].marker, QStringLiteral("a"));
    EXPECT_EQ(s_realPdf->tables.first().notes[1].marker, QStringLiteral("b"));
    EXPECT_TRUE(s_realPdf->warnings.isEmpty())
        << s_realPdf->warnings.join(QLatin1Char(0x0a)).toStdString();
}

} // namespace

// tests/fixtures/pdf-table-across-pages.pdf: the table stands after the paragraph that leads
// to it, and neither paragraph takes a line of it.
TEST(PdfImportTables, ATableStandsAfterTheParagraphBeforeIt)
{
    const ParsedDocument doc =
        prepare(Rapporteur::Test::fixturePath(QStringLiteral("pdf-table-across-pages.pdf")));
    ASSERT_EQ(doc.paragraphs.size(), 2);
    EXPECT_EQ(doc.paragraphs[0].text,
              QStringLiteral("The table below shows the resources proposed for the period, with "
                             "the changes from the period before."));
    EXPECT_EQ(doc.paragraphs[1].text, QStringLiteral("The Committee recommends that the General "
                                                     "Assembly approve the proposal."));
    ASSERT_EQ(doc.tables.size(), 1);
    EXPECT_EQ(doc.tables[0].afterParagraph, 0);
    EXPECT_EQ(doc.tables[0].rows.size(), 8);
}
