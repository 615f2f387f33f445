// A document's tables (migration 0012): stored with the document, read back exactly, replaced by
// a re-import, deleted with the document, added to a database of the previous schema, and their
// CSV.
#include "storagetestsupport.h"
#include "testsupport.h"

#include "storage/corpusrepository.h"
#include "storage/database.h"
#include "storage/documenttablecsv.h"
#include "storage/tablerepository.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using namespace Rapporteur;
using namespace Rapporteur::Storage;
using namespace Rapporteur::Test;

namespace {

TableRow row(const QStringList &cells, bool header = false)
{
    return TableRow{cells, header};
}

// Before the first paragraph: one row, no caption, no notes.
DocumentTable leadingTable()
{
    DocumentTable table;
    table.firstPage = 1;
    table.lastPage = 1;
    table.afterParagraph = -1;
    table.rows = {row({QStringLiteral("出口管制清单"), QStringLiteral("MTCR")})};
    return table;
}

// After the body paragraph (index 3 of sampleDocument), over two pages, with two header rows, an
// empty cell, a cell with a comma, quotes and a line break, and a note.
DocumentTable figuresTable()
{
    DocumentTable table;
    table.caption = QStringLiteral("Table 16.4 Resources (thousands of United States dollars)");
    table.firstPage = 4;
    table.lastPage = 5;
    table.afterParagraph = 3;
    table.rows = {
        row({QStringLiteral("Category"), QStringLiteral("2023"), QStringLiteral("2024")}, true),
        row({QString(), QStringLiteral("actual"), QStringLiteral("estimate")}, true),
        row({QStringLiteral("Posts"), QStringLiteral("1,250.4"), QStringLiteral("1 300")}),
        row({QStringLiteral("Other, \"non-post\"\nitems"), QString(), QStringLiteral("—ᵃ")})};
    table.notes = {Footnote{QStringLiteral("a"), QStringLiteral("Estimated."), -1}};
    return table;
}

ParsedDocument documentWithTables()
{
    ParsedDocument doc = sampleDocument();
    doc.tables = {leadingTable(), figuresTable()};
    return doc;
}

class TableRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto db = Database::open(path());
        ASSERT_TRUE(db.ok()) << db.error().detail.toStdString();
        m_db = std::move(db).value();
    }

    QString path() const { return m_dir.filePath(QStringLiteral("corpus.sqlite")); }

    void store(const ParsedDocument &doc, const QString &hash)
    {
        auto stored = CorpusRepository(*m_db).storeDocument(doc, {}, hash, sampleEntities());
        ASSERT_TRUE(stored.ok()) << stored.error().detail.toStdString();
    }

    QList<TableRecord> tables(const QString &symbol = QStringLiteral("A/77/96"))
    {
        auto read = TableRepository(*m_db).tablesOfDocument(symbol);
        EXPECT_TRUE(read.ok()) << read.error().detail.toStdString();
        return read.ok() ? *read : QList<TableRecord>();
    }

    qint64 paragraphId(int ordinal)
    {
        auto paragraphs = CorpusRepository(*m_db).paragraphsOfDocument(QStringLiteral("A/77/96"));
        EXPECT_TRUE(paragraphs.ok());
        return paragraphs.ok() && ordinal < paragraphs->size() ? paragraphs->at(ordinal).id : -1;
    }

    QString count(const char *sql) const { return queryValue(*m_db, sql); }

    // FTS5's own check of the cells' index against table_cell (rank = 1: against the text).
    bool cellIndexIntact() const
    {
        return m_db
            ->exec("INSERT INTO table_cell_fts (table_cell_fts, rank) "
                   "VALUES ('integrity-check', 1)")
            .ok();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void expectSame(const TableRecord &record, const DocumentTable &table)
{
    EXPECT_EQ(record.caption, table.caption);
    EXPECT_EQ(record.firstPage, table.firstPage);
    EXPECT_EQ(record.lastPage, table.lastPage);
    EXPECT_EQ(record.columnCount, table.columnCount());
    EXPECT_EQ(record.rows, table.rows);
    EXPECT_EQ(record.notes, table.notes);
}

} // namespace

TEST_F(TableRepositoryTest, TablesReadBackExactlyWithTheirAnchors)
{
    store(documentWithTables(), QStringLiteral("h1"));
    const QList<TableRecord> read = tables();
    ASSERT_EQ(read.size(), 2);

    EXPECT_EQ(read[0].ordinal, 0);
    EXPECT_EQ(read[0].document, QStringLiteral("A/77/96"));
    EXPECT_FALSE(read[0].afterParagraphId.has_value());
    expectSame(read[0], leadingTable());
    EXPECT_EQ(read[0].headerRowCount(), 0);

    EXPECT_EQ(read[1].ordinal, 1);
    ASSERT_TRUE(read[1].afterParagraphId.has_value());
    EXPECT_EQ(*read[1].afterParagraphId, paragraphId(3));
    expectSame(read[1], figuresTable());
    EXPECT_EQ(read[1].columnCount, 3);
    EXPECT_EQ(read[1].headerRowCount(), 2);

    // One by id: the same record.
    auto one = TableRepository(*m_db).table(read[1].id);
    ASSERT_TRUE(one.ok());
    ASSERT_TRUE(one->has_value());
    EXPECT_EQ((*one)->id, read[1].id);
    EXPECT_EQ((*one)->afterParagraphId, read[1].afterParagraphId);
    expectSame(**one, figuresTable());

    // Every cell is a row, the empty ones too; the header flag is on each cell of a header row.
    EXPECT_EQ(count("SELECT count(*) FROM table_cell"), QStringLiteral("14"));
    EXPECT_EQ(count("SELECT count(*) FROM table_cell WHERE header = 1"), QStringLiteral("6"));
    EXPECT_TRUE(cellIndexIntact());
}

TEST_F(TableRepositoryTest, UnknownTableIsNothingAndUnknownDocumentIsNotFound)
{
    store(documentWithTables(), QStringLiteral("h1"));
    auto none = TableRepository(*m_db).table(9999);
    ASSERT_TRUE(none.ok());
    EXPECT_FALSE(none->has_value());
    auto unknown = TableRepository(*m_db).tablesOfDocument(QStringLiteral("A/1/1"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);
}

TEST_F(TableRepositoryTest, DocumentWithoutTablesHasNone)
{
    store(sampleDocument(), QStringLiteral("h1"));
    EXPECT_TRUE(tables().isEmpty());
}

TEST_F(TableRepositoryTest, ReimportReplacesTablesAndTheirIndex)
{
    store(documentWithTables(), QStringLiteral("h1"));
    const QList<TableRecord> before = tables();
    ASSERT_EQ(before.size(), 2);

    // The same file again: nothing is written, the tables keep their ids.
    store(documentWithTables(), QStringLiteral("h1"));
    ASSERT_EQ(tables().size(), 2);
    EXPECT_EQ(tables()[1].id, before[1].id);

    // A changed file: one table, now after the title.
    ParsedDocument changed = sampleDocument();
    DocumentTable table = figuresTable();
    table.afterParagraph = 0;
    table.rows.removeLast();
    table.notes.clear();
    changed.tables = {table};
    store(changed, QStringLiteral("h2"));

    const QList<TableRecord> after = tables();
    ASSERT_EQ(after.size(), 1);
    expectSame(after[0], table);
    EXPECT_EQ(after[0].afterParagraphId, paragraphId(0));
    for (const TableRecord &old : before) {
        auto gone = TableRepository(*m_db).table(old.id);
        ASSERT_TRUE(gone.ok());
        EXPECT_FALSE(gone->has_value()) << old.id;
    }
    EXPECT_EQ(count("SELECT count(*) FROM table_cell"), QStringLiteral("9"));
    EXPECT_EQ(count("SELECT count(*) FROM table_note"), QStringLiteral("0"));
    EXPECT_EQ(count("SELECT count(*) FROM table_cell_fts WHERE table_cell_fts MATCH 'mtcr'"),
              QStringLiteral("0"));
    EXPECT_TRUE(cellIndexIntact());
}

// The paragraph a table followed is gone from the new version (its text changed): the table
// follows the new paragraph, and nothing of the old one is left.
TEST_F(TableRepositoryTest, ReimportWithTheAnchorParagraphChangedMovesTheTableToTheNewOne)
{
    store(documentWithTables(), QStringLiteral("h1"));
    const qint64 oldAnchor = paragraphId(3);
    ParsedDocument changed = documentWithTables();
    changed.paragraphs[3].text = QStringLiteral("澳大利亚支持开放、安全的互联网。");
    store(changed, QStringLiteral("h2"));
    const qint64 newAnchor = paragraphId(3);
    ASSERT_NE(newAnchor, oldAnchor);
    const QList<TableRecord> after = tables();
    ASSERT_EQ(after.size(), 2);
    EXPECT_EQ(after[1].afterParagraphId, newAnchor);
    expectSame(after[1], figuresTable());
    EXPECT_EQ(count("SELECT count(*) FROM document_table"), QStringLiteral("2"));
    EXPECT_EQ(count("SELECT count(*) FROM table_cell"), QStringLiteral("14"));
    EXPECT_TRUE(cellIndexIntact());
}

TEST_F(TableRepositoryTest, DeletingTheDocumentDeletesItsTables)
{
    store(documentWithTables(), QStringLiteral("h1"));
    ASSERT_TRUE(m_db->exec("DELETE FROM document"));
    EXPECT_EQ(count("SELECT count(*) FROM document_table"), QStringLiteral("0"));
    EXPECT_EQ(count("SELECT count(*) FROM table_cell"), QStringLiteral("0"));
    EXPECT_EQ(count("SELECT count(*) FROM table_note"), QStringLiteral("0"));
    EXPECT_EQ(count("SELECT count(*) FROM table_cell_fts WHERE table_cell_fts MATCH 'posts'"),
              QStringLiteral("0"));
    EXPECT_TRUE(cellIndexIntact());
}

TEST_F(TableRepositoryTest, TableAfterAParagraphThatIsNotThereIsRefused)
{
    ParsedDocument doc = sampleDocument();
    DocumentTable table = leadingTable();
    table.afterParagraph = static_cast<int>(doc.paragraphs.size());
    doc.tables = {table};
    auto stored = CorpusRepository(*m_db).storeDocument(doc, {}, QStringLiteral("h"), {});
    ASSERT_FALSE(stored.ok());
    EXPECT_EQ(count("SELECT count(*) FROM document"), QStringLiteral("0"));
}

// A database as the previous version left it (migrations 0001-0011, with a document in it)
// gets the new tables empty, keeps its data and takes tables from then on.
TEST_F(TableRepositoryTest, DatabaseOfThePreviousSchemaGetsEmptyTables)
{
    m_db.reset();
    const QString old = m_dir.filePath(QStringLiteral("schema11.sqlite"));
    ASSERT_EQ(createAtSchema(old, 11,
                             "INSERT INTO document (symbol, content_hash, imported_at) "
                             "VALUES ('A/1/1', 'h', '2024-01-01T00:00:00Z'); "
                             "INSERT INTO paragraph (document_id, ordinal, key, kind, text) "
                             "VALUES (1, 0, 'k#0', 'body', '各国的出口管制制度。');"),
              QString());

    auto reopened = Database::open(old);
    ASSERT_TRUE(reopened.ok()) << reopened.error().detail.toStdString();
    m_db = std::move(reopened).value();
    EXPECT_EQ(m_db->schemaVersion(), Database::knownSchemaVersion());
    EXPECT_GE(Database::knownSchemaVersion(), 12);
    EXPECT_EQ(count("SELECT count(*) FROM document_table"), QStringLiteral("0"));
    EXPECT_EQ(count("SELECT count(*) FROM table_cell"), QStringLiteral("0"));
    EXPECT_EQ(count("SELECT text FROM paragraph"), QStringLiteral("各国的出口管制制度。"));
    EXPECT_EQ(count("SELECT v FROM table_cell_fts_config WHERE k = 'hashsize'"),
              QStringLiteral("16777216"));
    auto none = TableRepository(*m_db).tablesOfDocument(QStringLiteral("A/1/1"));
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->isEmpty());

    store(documentWithTables(), QStringLiteral("h1"));
    EXPECT_EQ(tables().size(), 2);
    EXPECT_TRUE(cellIndexIntact());
}

TEST(DocumentTableCsv, QuotesCommasQuotesAndLineBreaksPerRfc4180)
{
    const QString csv = documentTableCsv(figuresTable().rows);
    EXPECT_EQ(csv, QStringLiteral("Category,2023,2024\r\n"
                                  ",actual,estimate\r\n"
                                  "Posts,\"1,250.4\",1 300\r\n"
                                  "\"Other, \"\"non-post\"\"\nitems\",,—ᵃ\r\n"));
    EXPECT_EQ(documentTableCsv({}), QString());
}
