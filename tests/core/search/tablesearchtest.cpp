// Search finds text in tables' cells (migration 0012): exactly the cells that contain a term, each
// once, after the hits in text and footnotes, standing at the paragraph its table follows. The
// cells are cut from the sample report's own lines; every expected set is computed here by a
// substring scan, never written down.
#include "search/search.h"

#include "testsupport.h"

#include "storage/corpusrepository.h"
#include "storage/database.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

using namespace Rapporteur;

namespace {

// A cell by table ordinal, row and column, as one number.
using Cell = qint64;
Cell cell(int table, int row, int column)
{
    return (qint64(table) * 100000 + row) * 1000 + column;
}

// Four tables of the report's lines cut into cells of 9 characters, 3 columns a row; the first
// before the text, the others after paragraphs 0, 1 and 2.
ParsedDocument documentOfCells(const QString &symbol, QList<QList<TableRow>> &rowsOut)
{
    QFile file(Test::corpusPath(QStringLiteral("A-77-96.zh.txt")));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    QStringList lines;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    ParsedDocument doc;
    doc.symbol = symbol;
    doc.language = QStringLiteral("zh");
    for (const char *text : {"第一段。", "第二段。", "第三段。"}) {
        Paragraph p;
        p.text = QString::fromUtf8(text);
        doc.paragraphs.append(p);
    }
    const QString all = lines.mid(0, 400).join(QString());
    constexpr int kCell = 9;
    constexpr int kColumns = 3;
    constexpr int kRowsPerTable = 40;
    qsizetype at = 0;
    for (int t = 0; t < 4; ++t) {
        DocumentTable table;
        table.afterParagraph = t - 1;
        table.firstPage = t + 1;
        table.lastPage = t + 1;
        for (int r = 0; r < kRowsPerTable; ++r) {
            TableRow row;
            row.header = r == 0;
            for (int c = 0; c < kColumns; ++c, at += kCell)
                row.cells.append(all.mid(at, kCell));
            table.rows.append(row);
        }
        rowsOut.append(table.rows);
        doc.tables.append(table);
    }
    return doc;
}

class TableSearch : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto db = Storage::Database::open(m_dir.filePath(QStringLiteral("cells.sqlite")));
        ASSERT_TRUE(db.ok()) << db.error().detail.toStdString();
        m_db = std::move(db).value();
        const ParsedDocument doc = documentOfCells(QStringLiteral("T/CELLS"), m_rows);
        auto stored =
            Storage::CorpusRepository(*m_db).storeDocument(doc, {}, QStringLiteral("h"), {});
        ASSERT_TRUE(stored.ok()) << stored.error().detail.toStdString();
        m_paragraphIds = stored->paragraphIds;
    }

    QSet<Cell> scan(const QString &term) const
    {
        QSet<Cell> out;
        for (int t = 0; t < m_rows.size(); ++t) {
            for (int r = 0; r < m_rows[t].size(); ++r) {
                for (int c = 0; c < m_rows[t][r].cells.size(); ++c) {
                    if (m_rows[t][r].cells[c].contains(term))
                        out.insert(cell(t, r, c));
                }
            }
        }
        return out;
    }

    QList<Search::SearchHit> hits(const QString &term) const
    {
        auto found = Search::search(*m_db, term, {}, {}, -1);
        EXPECT_TRUE(found.ok());
        return found.ok() ? *found : QList<Search::SearchHit>();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    QList<QList<TableRow>> m_rows;
    QList<qint64> m_paragraphIds;
};

} // namespace

TEST_F(TableSearch, EveryCellThatContainsTheTermIsFoundOnce)
{
    for (const char *term :
         {"出口", "中国", "国", "会员国", "出口管制", "和平利用", "发展中国家"}) {
        const QString t = QString::fromUtf8(term);
        const QSet<Cell> expected = scan(t);
        EXPECT_FALSE(expected.isEmpty()) << term;
        const auto found = hits(t);
        QSet<Cell> cells;
        for (const auto &h : found) {
            const Storage::SearchRow &row = h.paragraph;
            ASSERT_NE(row.tableId, 0) << term; // the paragraphs hold none of these terms
            // The hit's page is its table's first page, which is here its ordinal + 1.
            const int ordinal = row.page - 1;
            ASSERT_TRUE(ordinal >= 0 && ordinal < m_rows.size()) << row.page;
            ASSERT_LT(row.tableRow, m_rows[ordinal].size());
            ASSERT_LT(row.tableColumn, m_rows[ordinal][row.tableRow].cells.size());
            EXPECT_EQ(row.text, m_rows[ordinal][row.tableRow].cells[row.tableColumn]);
            cells.insert(cell(ordinal, row.tableRow, row.tableColumn));
            // The table before the text stands at the first paragraph; the others at theirs.
            EXPECT_EQ(row.paragraphId, m_paragraphIds[std::max(0, ordinal - 1)]) << term;
            EXPECT_EQ(row.document, QStringLiteral("T/CELLS"));
            EXPECT_EQ(row.footnote, -1);
            EXPECT_TRUE(h.snippet.contains(QStringLiteral("【") + t + QStringLiteral("】")))
                << term << " " << h.snippet.toStdString();
            ASSERT_FALSE(h.matches.isEmpty());
            EXPECT_EQ(row.text.mid(h.matches[0].start, h.matches[0].end - h.matches[0].start), t);
        }
        EXPECT_EQ(cells, expected) << term;
        EXPECT_EQ(found.size(), expected.size()) << term; // each cell once
    }
}

TEST_F(TableSearch, LimitAndDocumentFilterApplyToCells)
{
    const QString term = QStringLiteral("国");
    auto limited = Search::search(*m_db, term, {}, {}, 5);
    ASSERT_TRUE(limited.ok());
    EXPECT_EQ(limited->size(), 5);

    // A second document with the same cells: each document's filter finds its own.
    QList<QList<TableRow>> rows;
    auto stored = Storage::CorpusRepository(*m_db).storeDocument(
        documentOfCells(QStringLiteral("T/OTHER"), rows), {}, QStringLiteral("h"), {});
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(hits(term).size(), 2 * scan(term).size());
    Search::SearchFilters filters;
    filters.document = QStringLiteral("T/OTHER");
    auto filtered = Search::search(*m_db, term, filters, {}, -1);
    ASSERT_TRUE(filtered.ok());
    EXPECT_EQ(filtered->size(), scan(term).size());
    for (const auto &h : *filtered)
        EXPECT_EQ(h.paragraph.document, QStringLiteral("T/OTHER"));
}

TEST_F(TableSearch, CellHitsComeAfterTextHits)
{
    QList<QList<TableRow>> rows;
    ParsedDocument doc = documentOfCells(QStringLiteral("T/CELLS"), rows);
    doc.paragraphs[2].text = QStringLiteral("各国的出口管制。");
    auto stored = Storage::CorpusRepository(*m_db).storeDocument(doc, {}, QStringLiteral("h2"), {});
    ASSERT_TRUE(stored.ok());
    const auto found = hits(QStringLiteral("出口管制"));
    ASSERT_GE(found.size(), 2);
    EXPECT_EQ(found.first().paragraph.tableId, 0);
    EXPECT_EQ(found.first().paragraph.paragraphId, stored->paragraphIds[2]);
    EXPECT_TRUE(std::all_of(found.cbegin() + 1, found.cend(),
                            [](const auto &h) { return h.paragraph.tableId != 0; }));
}
