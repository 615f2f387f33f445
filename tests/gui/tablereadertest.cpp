// A document's tables in the reader: real tables after the paragraphs they follow, header rows
// bold on a shaded ground, figures right-aligned, notes below, the export link and what it
// writes; and the loader that brings them.
#include "testsupport.h"

#include "gui/corpus/corpusloader.h"
#include "gui/reader/submissionreader.h"
#include "gui/reader/tableexport.h"
#include "gui/reader/tablehtml.h"
#include "storage/corpusrepository.h"
#include "storage/database.h"
#include "storage/documenttablecsv.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <gtest/gtest.h>

using namespace Rapporteur;
using Gui::SubmissionReader;
using Gui::TableHtml;

namespace {

Storage::ParagraphRecord paragraph(qint64 id, const QString &text)
{
    Storage::ParagraphRecord p;
    p.id = id;
    p.document = QStringLiteral("A/80/630");
    p.page = 3;
    p.text = text;
    return p;
}

Storage::TableRecord figures()
{
    Storage::TableRecord table;
    table.id = 41;
    table.document = QStringLiteral("A/80/630");
    table.ordinal = 1;
    table.caption = QStringLiteral("Table 2 Resources (thousands of dollars)");
    table.firstPage = 3;
    table.lastPage = 3;
    table.afterParagraphId = 101;
    table.columnCount = 3;
    table.rows = {
        TableRow{{QStringLiteral("Category"), QStringLiteral("2025/26"), QStringLiteral("2026/27")},
                 true},
        TableRow{{QStringLiteral("Posts"), QStringLiteral("1,250.4"), QStringLiteral("(3.2)")},
                 false},
        TableRow{{QStringLiteral("Other <costs> & \"items\""), QStringLiteral("—"),
                  QStringLiteral("12 %ᵃ")},
                 false}};
    table.notes = {Footnote{QStringLiteral("a"), QStringLiteral("Estimated."), -1}};
    return table;
}

Storage::TableRecord leading()
{
    Storage::TableRecord table;
    table.id = 40;
    table.document = QStringLiteral("A/80/630");
    table.columnCount = 2;
    table.rows = {TableRow{{QStringLiteral("Contents"), QStringLiteral("Page")}, false}};
    return table;
}

QList<QTextTable *> tablesOf(const QTextDocument *document)
{
    QList<QTextTable *> out;
    for (QTextFrame *frame : document->rootFrame()->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(frame))
            out.append(table);
    }
    return out;
}

QString cellText(QTextTable *table, int row, int column)
{
    const QTextTableCell cell = table->cellAt(row, column);
    QTextCursor cursor = cell.firstCursorPosition();
    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
    return cursor.selectedText();
}

int positionOf(const QTextDocument *document, const QString &needle)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.text().contains(needle))
            return block.position();
    }
    return -1;
}

class TableReaderTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Storage::DocumentRecord document;
        document.symbol = QStringLiteral("A/80/630");
        document.title = QStringLiteral("Budgets");
        reader.resize(900, 700);
        reader.showDocumentText(document,
                                {paragraph(100, QStringLiteral("First paragraph.")),
                                 paragraph(101, QStringLiteral("Second paragraph.")),
                                 paragraph(102, QStringLiteral("Third paragraph."))},
                                {}, {leading(), figures()});
    }

    SubmissionReader reader;
};

} // namespace

TEST_F(TableReaderTest, TablesAreRealTablesWithTheirCells)
{
    const QString html = reader.toHtml();
    EXPECT_EQ(html.count(QStringLiteral("<table")), 2) << html.toStdString();
    for (const QString &cell : {QStringLiteral("Category"), QStringLiteral("1,250.4"),
                                QStringLiteral("(3.2)"), QStringLiteral("Contents")})
        EXPECT_TRUE(html.contains(QStringLiteral(">") + cell + QStringLiteral("<")))
            << cell.toStdString();
    // Text in a cell is escaped, never markup.
    EXPECT_TRUE(html.contains(QStringLiteral("Other &lt;costs&gt; &amp; &quot;items&quot;")));

    const QList<QTextTable *> tables = tablesOf(reader.document());
    ASSERT_EQ(tables.size(), 2);
    EXPECT_EQ(tables[1]->rows(), 3);
    EXPECT_EQ(tables[1]->columns(), 3);
    EXPECT_EQ(cellText(tables[1], 0, 1), QStringLiteral("2025/26"));
    EXPECT_EQ(cellText(tables[1], 2, 0), QStringLiteral("Other <costs> & \"items\""));
    EXPECT_EQ(cellText(tables[0], 0, 0), QStringLiteral("Contents"));
    EXPECT_EQ(reader.tables().size(), 2);
    EXPECT_EQ(reader.tables()[0].id, 40);
    EXPECT_EQ(reader.tables()[1].id, 41);
}

TEST_F(TableReaderTest, EachTableStandsAfterItsParagraphWithCaptionAboveAndNotesBelow)
{
    const QTextDocument *doc = reader.document();
    const QList<QTextTable *> tables = tablesOf(doc);
    ASSERT_EQ(tables.size(), 2);
    // The table without a paragraph before the first; the other between the second and third.
    EXPECT_LT(tables[0]->firstPosition(), positionOf(doc, QStringLiteral("First paragraph.")));
    const int caption = positionOf(doc, QStringLiteral("Table 2 Resources"));
    EXPECT_GT(caption, positionOf(doc, QStringLiteral("Second paragraph.")));
    EXPECT_LT(caption, tables[1]->firstPosition());
    const int note = positionOf(doc, QStringLiteral("Estimated."));
    EXPECT_GT(note, tables[1]->lastPosition());
    EXPECT_LT(note, positionOf(doc, QStringLiteral("Third paragraph.")));
    EXPECT_TRUE(reader.toHtml().contains(QStringLiteral("href=\"table:41\"")));
    EXPECT_TRUE(reader.toHtml().contains(QStringLiteral("href=\"table:40\"")));
}

TEST_F(TableReaderTest, HeaderRowsAreBoldOnShadeAndFiguresRightAligned)
{
    const QList<QTextTable *> tables = tablesOf(reader.document());
    ASSERT_EQ(tables.size(), 2);
    QTextTable *table = tables[1];
    const QTextTableCell header = table->cellAt(0, 0);
    EXPECT_GE(header.firstCursorPosition().charFormat().fontWeight(), QFont::Bold);
    EXPECT_TRUE(header.format().background().style() != Qt::NoBrush);
    const QTextTableCell body = table->cellAt(1, 0);
    EXPECT_LT(body.firstCursorPosition().charFormat().fontWeight(), QFont::Bold);
    EXPECT_EQ(body.format().background().style(), Qt::NoBrush);
    const auto rightAligned = [&](int row, int column) {
        return table->cellAt(row, column)
            .firstCursorPosition()
            .blockFormat()
            .alignment()
            .testFlag(Qt::AlignRight);
    };
    EXPECT_TRUE(rightAligned(1, 1));  // 1,250.4
    EXPECT_TRUE(rightAligned(1, 2));  // (3.2)
    EXPECT_TRUE(rightAligned(2, 1));  // —
    EXPECT_TRUE(rightAligned(2, 2));  // 12 %ᵃ
    EXPECT_FALSE(rightAligned(1, 0)); // Posts
    EXPECT_FALSE(rightAligned(2, 0)); // Other <costs> …
}

TEST_F(TableReaderTest, TheTableAtAPointIsFoundForTheContextMenu)
{
    const QList<QTextTable *> tables = tablesOf(reader.document());
    ASSERT_EQ(tables.size(), 2);
    reader.show();
    const QTextCursor cell = tables[1]->cellAt(1, 0).firstCursorPosition();
    reader.setTextCursor(cell);
    reader.ensureCursorVisible();
    const QPoint inCell = reader.cursorRect(cell).center();
    EXPECT_EQ(reader.tableIdAt(inCell), 41)
        << inCell.x() << "," << inCell.y() << " → " << reader.cursorForPosition(inCell).position()
        << " cell at " << cell.position();
    QTextCursor outside(reader.document());
    outside.setPosition(positionOf(reader.document(), QStringLiteral("Third paragraph.")) + 2);
    EXPECT_EQ(reader.tableIdAt(reader.cursorRect(outside).center()), 0);
}

TEST_F(TableReaderTest, AnotherTextClearsTheTables)
{
    reader.showNote(QStringLiteral("Nothing selected."));
    EXPECT_TRUE(reader.tables().isEmpty());
    EXPECT_FALSE(reader.toHtml().contains(QStringLiteral("<table")));
}

TEST(TableHtml, ExportLinksNameTheirTable)
{
    EXPECT_EQ(TableHtml::tableIdOf(QUrl(TableHtml::exportUrl(41))), 41);
    EXPECT_EQ(TableHtml::tableIdOf(QUrl(QStringLiteral("note:1/2"))), 0);
}

// The reader's export writes the command line's CSV, with the byte-order mark spreadsheet
// programs need to read the Chinese right.
TEST(TableExport, WritesTheCsvOfTheCommandLine)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("t.csv"));
    EXPECT_EQ(Gui::TableExport::write(path, figures()), QString());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), "\xEF\xBB\xBF" + Storage::documentTableCsv(figures().rows).toUtf8());
    EXPECT_EQ(Gui::TableExport::suggestedName(figures()), QStringLiteral("A-80-630-table-2.csv"));
    EXPECT_FALSE(Gui::TableExport::write(dir.path(), figures()).isEmpty()); // a folder
}

TEST(CorpusLoaderTables, LoadsADocumentsTablesWithItsText)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("tables.sqlite"));
    {
        auto db = Storage::Database::open(path);
        ASSERT_TRUE(db.ok());
        ParsedDocument doc;
        doc.symbol = QStringLiteral("T/1");
        Paragraph p;
        p.text = QStringLiteral("Text.");
        doc.paragraphs = {p};
        DocumentTable table;
        table.afterParagraph = 0;
        table.rows = {TableRow{{QStringLiteral("a"), QStringLiteral("1")}, false}};
        doc.tables = {table};
        ASSERT_TRUE(
            Storage::CorpusRepository(**db).storeDocument(doc, {}, QStringLiteral("h"), {}).ok());
    }
    Gui::CorpusLoader loader;
    QList<Storage::TableRecord> tables;
    QObject::connect(&loader, &Gui::CorpusLoader::documentTextLoaded,
                     [&](const QString &, const auto &, const auto &loaded) { tables = loaded; });
    QSignalSpy loaded(&loader, &Gui::CorpusLoader::documentTextLoaded);
    loader.loadDocumentText(path, QStringLiteral("T/1"));
    ASSERT_TRUE(loaded.wait(10'000));
    ASSERT_EQ(tables.size(), 1);
    EXPECT_EQ(tables.first().rows,
              (QList<TableRow>{TableRow{{QStringLiteral("a"), QStringLiteral("1")}, false}}));
    EXPECT_TRUE(tables.first().afterParagraphId.has_value());
}

// A state's submission shows the tables that stand after its paragraphs, and not the document's
// others.
TEST(CorpusLoaderTables, LoadsTheTablesAfterASubmissionsParagraphs)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("tables.sqlite"));
    qint64 submissionId = 0;
    {
        auto db = Storage::Database::open(path);
        ASSERT_TRUE(db.ok());
        ParsedDocument doc;
        doc.symbol = QStringLiteral("T/2");
        doc.language = QStringLiteral("en");
        doc.pageCount = 1;
        Submission canada;
        canada.heading = QStringLiteral("Canada");
        canada.page = 1;
        doc.submissions = {canada};
        Paragraph before;
        before.text = QStringLiteral("Introduction.");
        before.page = 1;
        Paragraph own;
        own.text = QStringLiteral("Canada's reply.");
        own.submission = 0;
        own.page = 1;
        doc.paragraphs = {before, own};
        DocumentTable outside;
        outside.afterParagraph = 0;
        outside.rows = {TableRow{{QStringLiteral("outside"), QStringLiteral("1")}, false}};
        DocumentTable inside;
        inside.afterParagraph = 1;
        inside.rows = {TableRow{{QStringLiteral("inside"), QStringLiteral("2")}, false}};
        doc.tables = {outside, inside};
        Storage::CorpusRepository repository(**db);
        const auto stored = repository.storeDocument(doc, {}, QStringLiteral("h"), {});
        ASSERT_TRUE(stored.ok()) << stored.error().userMessage.toStdString();
        auto submissions = repository.submissions(QStringLiteral("T/2"));
        ASSERT_TRUE(submissions.ok());
        ASSERT_EQ(submissions->size(), 1);
        submissionId = submissions->first().id;
    }
    Gui::CorpusLoader loader;
    QList<Storage::TableRecord> tables;
    QObject::connect(&loader, &Gui::CorpusLoader::paragraphsLoaded,
                     [&](qint64, const auto &, const auto &loaded) { tables = loaded; });
    QSignalSpy loaded(&loader, &Gui::CorpusLoader::paragraphsLoaded);
    loader.loadParagraphs(path, submissionId);
    ASSERT_TRUE(loaded.wait(10'000));
    ASSERT_EQ(tables.size(), 1);
    EXPECT_EQ(tables.first().rows.first().cells.first(), QStringLiteral("inside"));

    SubmissionReader reader;
    Storage::SubmissionRecord record;
    record.id = submissionId;
    record.heading = QStringLiteral("Canada");
    record.document = QStringLiteral("T/2");
    Storage::ParagraphRecord paragraph;
    paragraph.id = *tables.first().afterParagraphId;
    paragraph.document = QStringLiteral("T/2");
    paragraph.text = QStringLiteral("Canada's reply.");
    reader.showSubmission(record, {paragraph}, tables);
    ASSERT_EQ(tablesOf(reader.document()).size(), 1);
    EXPECT_EQ(cellText(tablesOf(reader.document()).first(), 0, 0), QStringLiteral("inside"));
}
