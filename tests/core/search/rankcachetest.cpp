// rp_bm25 keeps every paragraph's length with its connection (searchindex/rowlengthcache.h) and may
// leave a single phrase's idf out until the rows are in (fts5rank.h). Both must be invisible:
// after any write — by another connection, by this one, or uncommitted inside this one's
// transaction — search still ranks exactly as FTS5's own bm25() does on the index as it is then.
#include "search/querysyntax.h"
#include "search/search.h"

#include "testsupport.h"

#include "storage/database.h"
#include "storage/statement.h"
#include "workflow/importer.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Rapporteur;

namespace {

const QString kCommittee = QStringLiteral("A/79/416");

void import(Storage::Database &db, const QString &file, const QString &symbol = {})
{
    NullProgress progress;
    CancelToken cancel;
    ASSERT_TRUE(Workflow::importFiles(
                    db, QList<Workflow::ImportRequest>{{Test::corpusPath(file), symbol, {}}},
                    progress, cancel)
                    .ok());
}

// FTS5's own ranking of every match, read on `db` as it is now.
QList<std::pair<qint64, double>> bm25Order(Storage::Database &db, const QString &query)
{
    auto statement = Storage::Statement::prepare(db, R"(
        SELECT rowid, bm25(paragraph_fts) AS r FROM paragraph_fts
        WHERE paragraph_fts MATCH ?1 ORDER BY r, rowid)");
    EXPECT_TRUE(statement.ok());
    statement->bind(1, Search::parseQuery(query).fts);
    QList<std::pair<qint64, double>> rows;
    for (auto row = statement->step(); row && *row; row = statement->step())
        rows.append({statement->columnInt64(0), statement->columnDouble(1)});
    return rows;
}

// search's hits for `query` on `db`, as (paragraph id, rank), best first.
QList<std::pair<qint64, double>> searchOrder(Storage::Database &db, const QString &query, int limit)
{
    auto found = Search::search(db, query, {}, {}, limit);
    EXPECT_TRUE(found.ok());
    QList<std::pair<qint64, double>> rows;
    for (const auto &hit : *found) {
        if (hit.paragraph.footnote < 0) // text hits; those in footnotes come after them
            rows.append({hit.paragraph.paragraphId, hit.paragraph.rank});
    }
    return rows;
}

// Every query, with every limit, ranks as bm25 does on `db` now.
void expectBm25(Storage::Database &db, const char *when)
{
    for (const char *q : {"国", "决议草案", "核 OR 贸", "大会 NOT 决议"}) {
        const QString query = QString::fromUtf8(q);
        const auto expected = bm25Order(db, query);
        ASSERT_FALSE(expected.isEmpty()) << when << ": " << q;
        EXPECT_EQ(searchOrder(db, query, -1), expected) << when << ": " << q;
        EXPECT_EQ(searchOrder(db, query, 5), expected.mid(0, 5)) << when << ": " << q;
    }
}

class RankCache : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto db = Storage::Database::open(path());
        ASSERT_TRUE(db.ok());
        m_db = std::move(db).value();
        import(*m_db, QStringLiteral("A-77-96.zh.txt"));
        expectBm25(*m_db, "first search"); // the connection now holds the lengths
    }
    QString path() const { return m_dir.filePath(QStringLiteral("cache.sqlite")); }

    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
};

// Paragraph ids are never given out twice (AUTOINCREMENT), but a text changed in place (the
// index's update trigger) keeps its id and changes its length: a copy of the lengths kept past
// that write would rank the paragraph with its old length.
TEST_F(RankCache, SeesAnotherConnectionsWrites)
{
    {
        auto other = Storage::Database::open(path());
        ASSERT_TRUE(other.ok());
        ASSERT_TRUE(
            (*other)->exec("UPDATE paragraph SET text = text || text WHERE id % 2 = 0").ok());
    }
    expectBm25(*m_db, "after another connection doubled texts");
    {
        auto other = Storage::Database::open(path());
        ASSERT_TRUE(other.ok());
        import(**other, QStringLiteral("first-committee-79-item-106-report.zh.txt"), kCommittee);
    }
    expectBm25(*m_db, "after another connection's import");
}

TEST_F(RankCache, SeesItsOwnConnectionsWrites)
{
    ASSERT_TRUE(m_db->exec("UPDATE paragraph SET text = text || text WHERE id % 2 = 0").ok());
    expectBm25(*m_db, "after this connection doubled texts");
    ASSERT_TRUE(m_db->exec("DELETE FROM document").ok());
    import(*m_db, QStringLiteral("first-committee-79-item-106-report.zh.txt"), kCommittee);
    expectBm25(*m_db, "after this connection replaced the corpus");
}

TEST_F(RankCache, SeesUncommittedWritesInsideATransaction)
{
    ASSERT_TRUE(m_db->exec("BEGIN").ok());
    ASSERT_TRUE(m_db->exec("UPDATE paragraph SET text = text || text WHERE id % 2 = 0").ok());
    expectBm25(*m_db, "inside the transaction");
    ASSERT_TRUE(m_db->exec("ROLLBACK").ok());
    expectBm25(*m_db, "after the rollback");
}

// The lengths kept are paragraph_fts's. footnote_fts's rowids (paragraph id × 1024 + ordinal)
// are other rows: once the corpus holds as many paragraphs as a footnote's rowid, the copy has
// an entry at that number, the length of some paragraph, which must not rank the footnote.
TEST_F(RankCache, FootnotesAreNotRankedWithParagraphLengths)
{
    // 50,000 short paragraphs under a document of their own: ids past every footnote rowid of
    // the report (its first footnote is on paragraph 40, rowid 40,960).
    ASSERT_TRUE(m_db->exec(R"(
        INSERT INTO document (symbol, content_hash, imported_at)
        VALUES ('FILLER/1', 'filler', '2024-01-01T00:00:00Z'))")
                    .ok());
    ASSERT_TRUE(m_db->exec(R"(
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000)
        INSERT INTO paragraph (document_id, ordinal, key, kind, section, page, text)
        SELECT (SELECT id FROM document WHERE symbol = 'FILLER/1'), i, 'filler' || i,
               'body', '', 1, '填充段落'
        FROM n)")
                    .ok());
    // 比利时 is in the report's text and in the footnote listing the sponsors; the search reads
    // the paragraphs first, which loads the lengths, then the footnotes.
    const QString query = QStringLiteral("比利时");
    auto found = Search::search(*m_db, query, {}, {}, -1);
    ASSERT_TRUE(found.ok());
    QList<std::pair<qint64, double>> notes;
    for (const auto &hit : *found) {
        if (hit.paragraph.footnote >= 0)
            notes.append(
                {hit.paragraph.paragraphId * 1024 + hit.paragraph.footnote, hit.paragraph.rank});
    }
    auto statement = Storage::Statement::prepare(*m_db, R"(
        SELECT rowid, bm25(footnote_fts) AS r FROM footnote_fts
        WHERE footnote_fts MATCH ?1 ORDER BY r, rowid)");
    ASSERT_TRUE(statement.ok());
    statement->bind(1, Search::parseQuery(query).fts);
    QList<std::pair<qint64, double>> expected;
    for (auto row = statement->step(); row && *row; row = statement->step())
        expected.append({statement->columnInt64(0), statement->columnDouble(1)});
    ASSERT_FALSE(expected.isEmpty());
    EXPECT_EQ(notes, expected);
}

} // namespace
