// tables, table --csv/--json/--out and search's hits in cells, as scripts use them, on a
// database written here with two tables (the importer is not needed to test the commands).
#include "clisamples.h"
#include "testsupport.h"

#include "storage/corpusrepository.h"
#include "storage/database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Rapporteur;

namespace {

using Test::CliResult;

// Paragraphs 1 and 2 (ids in a new database), a footnote on the second; table 1 comes before
// the first paragraph, table 2 follows the second.
ParsedDocument documentWithTables()
{
    ParsedDocument doc;
    doc.symbol = QStringLiteral("T/1");
    doc.title = QStringLiteral("Tables");
    doc.language = QStringLiteral("en");
    doc.pageCount = 3;
    Paragraph first;
    first.text = QStringLiteral("First paragraph.");
    first.page = 1;
    Paragraph second;
    second.text = QStringLiteral("Second paragraph about posts.");
    second.page = 2;
    second.footnotes = {Footnote{QStringLiteral("1"), QStringLiteral("Posts are counted."), -1}};
    doc.paragraphs = {first, second};

    DocumentTable leading;
    leading.firstPage = 1;
    leading.lastPage = 1;
    leading.rows = {TableRow{{QStringLiteral("出口管制清单"), QStringLiteral("MTCR")}, false}};
    DocumentTable figures;
    figures.caption = QStringLiteral("Table 1. Resources");
    figures.firstPage = 2;
    figures.lastPage = 3;
    figures.afterParagraph = 1;
    figures.rows = {
        TableRow{{QStringLiteral("Category"), QStringLiteral("2023")}, true},
        TableRow{{QStringLiteral("Posts"), QStringLiteral("1,250.4")}, false},
        TableRow{{QStringLiteral("Other, \"non-post\"\nitems"), QStringLiteral("—")}, false}};
    figures.notes = {Footnote{QStringLiteral("a"), QStringLiteral("Estimated."), -1}};
    doc.tables = {leading, figures};
    return doc;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QByteArray kFiguresCsv = "Category,2023\r\n"
                               "Posts,\"1,250.4\"\r\n"
                               "\"Other, \"\"non-post\"\"\nitems\",\xE2\x80\x94\r\n";

class TablesCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto db = Storage::Database::open(path());
        ASSERT_TRUE(db.ok()) << db.error().detail.toStdString();
        auto stored = Storage::CorpusRepository(**db).storeDocument(documentWithTables(), {},
                                                                    QStringLiteral("h"), {});
        ASSERT_TRUE(stored.ok()) << stored.error().detail.toStdString();
    }

    QString path() const { return m_dir.filePath(QStringLiteral("tables.sqlite")); }
    CliResult run(const QStringList &args) const { return Rapporteur::Test::runCli(path(), args); }
    QJsonDocument json(const QStringList &args) const
    {
        const CliResult r = run(args);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out);
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(TablesCli, TablesListsEachTableOnALine)
{
    const CliResult r = run({QStringLiteral("tables"), QStringLiteral("T/1")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(QString::fromUtf8(r.out),
              QStringLiteral("1\tp. 1\t1 rows × 2 columns\tbefore the text\t\n"
                             "2\tpp. 2-3\t3 rows × 2 columns\tafter ¶2\tTable 1. Resources\n"));
}

TEST_F(TablesCli, TablesJsonByIdOrSymbol)
{
    const QJsonArray tables =
        json({QStringLiteral("tables"), QStringLiteral("T/1"), QStringLiteral("--json")}).array();
    ASSERT_EQ(tables.size(), 2);
    EXPECT_EQ(tables[0].toObject().value(QStringLiteral("after_paragraph")), QJsonValue());
    EXPECT_EQ(tables[1].toObject(),
              (QJsonObject{{QStringLiteral("id"), 2},
                           {QStringLiteral("document"), QStringLiteral("T/1")},
                           {QStringLiteral("ordinal"), 1},
                           {QStringLiteral("caption"), QStringLiteral("Table 1. Resources")},
                           {QStringLiteral("first_page"), 2},
                           {QStringLiteral("last_page"), 3},
                           {QStringLiteral("after_paragraph"), 2},
                           {QStringLiteral("row_count"), 3},
                           {QStringLiteral("header_rows"), 1},
                           {QStringLiteral("column_count"), 2},
                           {QStringLiteral("note_count"), 1}}));
    // The document's id names it too.
    EXPECT_EQ(
        json({QStringLiteral("tables"), QStringLiteral("1"), QStringLiteral("--json")}).array(),
        tables);
}

TEST_F(TablesCli, UnknownDocumentOrTableIsAnErrorAndBadIdAUsageError)
{
    CliResult r = run({QStringLiteral("tables"), QStringLiteral("A/1/1")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.err, QStringLiteral("error: no document A/1/1 in the database\n"));
    EXPECT_TRUE(r.out.isEmpty());
    r = run({QStringLiteral("table"), QStringLiteral("99"), QStringLiteral("--csv")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.err, QStringLiteral("error: no table 99\n"));
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_EQ(run({QStringLiteral("table"), QStringLiteral("two")}).exitCode, 1);
    EXPECT_EQ(run({QStringLiteral("table"), QStringLiteral("2"), QStringLiteral("--csv"),
                   QStringLiteral("--json")})
                  .exitCode,
              1);
    EXPECT_EQ(run({QStringLiteral("tables")}).exitCode, 1);
}

TEST_F(TablesCli, TableCsvIsRfc4180HeaderRowsFirstWithoutNotes)
{
    const CliResult r =
        run({QStringLiteral("table"), QStringLiteral("2"), QStringLiteral("--csv")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, kFiguresCsv);
}

TEST_F(TablesCli, TableJsonHasRowsAndNotes)
{
    const QJsonObject table =
        json({QStringLiteral("table"), QStringLiteral("2"), QStringLiteral("--json")}).object();
    EXPECT_EQ(table.value(QStringLiteral("id")).toInteger(), 2);
    EXPECT_EQ(table.value(QStringLiteral("notes")).toArray(),
              (QJsonArray{QJsonObject{{QStringLiteral("marker"), QStringLiteral("a")},
                                      {QStringLiteral("text"), QStringLiteral("Estimated.")}}}));
    const QJsonArray rows = table.value(QStringLiteral("rows")).toArray();
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows[0].toObject(),
              (QJsonObject{{QStringLiteral("header"), true},
                           {QStringLiteral("cells"),
                            QJsonArray{QStringLiteral("Category"), QStringLiteral("2023")}}}));
    EXPECT_EQ(rows[2].toObject().value(QStringLiteral("cells")).toArray().first().toString(),
              QStringLiteral("Other, \"non-post\"\nitems"));
    EXPECT_FALSE(rows[2].toObject().value(QStringLiteral("header")).toBool());
}

TEST_F(TablesCli, TableOutWritesTheFileAndRefusesTheDatabase)
{
    const QString file = m_dir.filePath(QStringLiteral("figures.csv"));
    CliResult r = run({QStringLiteral("table"), QStringLiteral("2"), QStringLiteral("--csv"),
                       QStringLiteral("--out"), file});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_EQ(fileBytes(file), kFiguresCsv);

    const QByteArray before = fileBytes(path());
    r = run({QStringLiteral("table"), QStringLiteral("2"), QStringLiteral("--csv"),
             QStringLiteral("--out"), path()});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("error: "))) << r.err.toStdString();
    EXPECT_EQ(fileBytes(path()), before);
}

// A hit in a cell: after the text and footnote hits, `table` {id, row, column}, the paragraph
// the table follows, snippet and offsets in the cell; `table` null on the others.
TEST_F(TablesCli, SearchFindsCellsAfterTextAndFootnotes)
{
    const QJsonArray hits =
        json({QStringLiteral("search"), QStringLiteral("posts"), QStringLiteral("--json")}).array();
    ASSERT_EQ(hits.size(), 3);
    const QJsonObject text = hits[0].toObject();
    EXPECT_EQ(text.value(QStringLiteral("footnote")), QJsonValue());
    EXPECT_EQ(text.value(QStringLiteral("table")), QJsonValue());
    EXPECT_TRUE(text.contains(QStringLiteral("table")));
    const QJsonObject note = hits[1].toObject();
    EXPECT_EQ(note.value(QStringLiteral("footnote")).toString(), QStringLiteral("1"));
    EXPECT_EQ(note.value(QStringLiteral("table")), QJsonValue());
    const QJsonObject cell = hits[2].toObject();
    EXPECT_EQ(cell.value(QStringLiteral("table")).toObject(),
              (QJsonObject{{QStringLiteral("id"), 2},
                           {QStringLiteral("row"), 1},
                           {QStringLiteral("column"), 0}}));
    EXPECT_EQ(cell.value(QStringLiteral("footnote")), QJsonValue());
    EXPECT_EQ(cell.value(QStringLiteral("paragraph")).toInteger(), 2);
    EXPECT_EQ(cell.value(QStringLiteral("document")).toString(), QStringLiteral("T/1"));
    EXPECT_EQ(cell.value(QStringLiteral("page")).toInt(), 2);
    EXPECT_EQ(cell.value(QStringLiteral("snippet")).toString(), QStringLiteral("【Posts】"));
    EXPECT_EQ(
        cell.value(QStringLiteral("matches")).toArray(),
        (QJsonArray{QJsonObject{{QStringLiteral("offset"), 0}, {QStringLiteral("length"), 5}}}));

    // A table before the first paragraph stands at that paragraph.
    const QJsonArray leading =
        json({QStringLiteral("search"), QStringLiteral("管制"), QStringLiteral("--json")}).array();
    ASSERT_EQ(leading.size(), 1);
    EXPECT_EQ(leading[0].toObject().value(QStringLiteral("paragraph")).toInteger(), 1);
    EXPECT_EQ(leading[0].toObject().value(QStringLiteral("table")).toObject(),
              (QJsonObject{{QStringLiteral("id"), 1},
                           {QStringLiteral("row"), 0},
                           {QStringLiteral("column"), 0}}));
    EXPECT_EQ(leading[0].toObject().value(QStringLiteral("snippet")).toString(),
              QStringLiteral("出口【管制】清单"));

    const CliResult plain = run({QStringLiteral("search"), QStringLiteral("MTCR")});
    ASSERT_EQ(plain.exitCode, 0);
    EXPECT_EQ(QString::fromUtf8(plain.out),
              QStringLiteral("T/1 - ¶1 table 1 r0c1 p.1  【MTCR】\n"));
}
