// The index on small documents made here: query semantics (AND, OR, NOT, words, prefixes),
// hostile input, and that the index follows every write: a replace, a rolled-back store, a failed
// import, and a database made before the index existed.
#include "search/search.h"

#include "testsupport.h"

#include "storage/corpusrepository.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "storage/transaction.h"
#include "workflow/importer.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sqlite3.h>

using namespace Rapporteur;

namespace {

const char *const kTexts[] = {
    "出口管制与制裁",                // 0
    "出口，管制",                    // 1: both words, never 出口管制
    "发展中国家",                    // 2
    "The MTCR guidelines",           // 3
    "COVID-19 pandemic",             // 4
    "export controls and sanctions", // 5
    "export only",                   // 6
    "sanctions only",                // 7
};

ParsedDocument fixture(const QString &symbol, const QStringList &texts)
{
    ParsedDocument doc;
    doc.symbol = symbol;
    doc.language = QStringLiteral("zh");
    for (const QString &text : texts) {
        Paragraph p;
        p.text = text;
        doc.paragraphs.append(p);
    }
    return doc;
}

QStringList fixtureTexts()
{
    QStringList texts;
    for (const char *t : kTexts)
        texts.append(QString::fromUtf8(t));
    return texts;
}

class SearchIndex : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto db = Storage::Database::open(path());
        ASSERT_TRUE(db.ok()) << db.error().detail.toStdString();
        m_db = std::move(db).value();
        store(fixture(QStringLiteral("F/1"), fixtureTexts()), QStringLiteral("v1"));
    }

    QString path() const { return m_dir.filePath(QStringLiteral("index.sqlite")); }

    void store(const ParsedDocument &doc, const QString &hash)
    {
        auto stored = Storage::CorpusRepository(*m_db).storeDocument(doc, {}, hash, {});
        ASSERT_TRUE(stored.ok()) << stored.error().detail.toStdString();
    }

    // Paragraph id of each text of a document, by text.
    QHash<QString, qint64> ids(const QString &symbol) const
    {
        QHash<QString, qint64> out;
        const auto paragraphs = Storage::CorpusRepository(*m_db).paragraphsOfDocument(symbol);
        EXPECT_TRUE(paragraphs.ok());
        for (const auto &p : paragraphs ? *paragraphs : QList<Storage::ParagraphRecord>{})
            out.insert(p.text, p.id);
        return out;
    }

    QSet<qint64> found(const char *query) const
    {
        auto hits = Search::search(*m_db, QString::fromUtf8(query), {}, {}, -1);
        EXPECT_TRUE(hits.ok()) << query << ": "
                               << (hits ? std::string() : hits.error().detail.toStdString());
        QSet<qint64> out;
        for (const auto &h : hits ? *hits : QList<Search::SearchHit>{})
            out.insert(h.paragraph.paragraphId);
        return out;
    }

    // The ids of the fixture's paragraphs by their index in kTexts.
    QSet<qint64> texts(std::initializer_list<int> indexes) const
    {
        const auto byText = ids(QStringLiteral("F/1"));
        QSet<qint64> out;
        for (const int i : indexes)
            out.insert(byText.value(QString::fromUtf8(kTexts[i])));
        return out;
    }

    // FTS5's own check that the index holds exactly the tokens of the content table's text.
    bool indexIntact() const
    {
        return m_db
            ->exec("INSERT INTO paragraph_fts (paragraph_fts, rank) VALUES ('integrity-check', 1)")
            .ok();
    }

    QString indexDump() const
    {
        QString out;
        for (const char *sql : {"SELECT id, quote(block) FROM paragraph_fts_data ORDER BY id",
                                "SELECT segid, quote(term), pgno FROM paragraph_fts_idx",
                                "SELECT id, quote(sz) FROM paragraph_fts_docsize ORDER BY id"}) {
            auto rows = Storage::Statement::prepare(*m_db, sql);
            if (!rows) {
                ADD_FAILURE() << sql;
                continue;
            }
            for (auto row = rows->step(); row && *row; row = rows->step())
                out += rows->columnText(0) + u'|' + rows->columnText(1) + u'\n';
        }
        return out;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
};

} // namespace

TEST_F(SearchIndex, ChineseStringsMatchAsSubstrings)
{
    EXPECT_EQ(found("出口管制"), texts({0}));
    EXPECT_EQ(found("出口 管制"), texts({0, 1})); // two terms, AND
    EXPECT_EQ(found("中国"), texts({2}));         // inside 发展中国家
    EXPECT_EQ(found("国"), texts({2}));
    EXPECT_EQ(found("制"), texts({0, 1}));
    EXPECT_EQ(found("管制与制裁"), texts({0}));
    EXPECT_EQ(found("制裁出口"), QSet<qint64>{});
}

TEST_F(SearchIndex, LatinTermsMatchAsWords)
{
    EXPECT_EQ(found("MTCR"), texts({3}));
    EXPECT_EQ(found("mtcr"), texts({3}));
    EXPECT_EQ(found("ＭＴＣＲ"), texts({3}));
    EXPECT_EQ(found("MTC"), QSet<qint64>{}); // a word, not a substring
    EXPECT_EQ(found("MT*"), texts({3}));
    EXPECT_EQ(found("COVID-19"), texts({4}));
    EXPECT_EQ(found("covid-19"), texts({4}));
    EXPECT_EQ(found("covid"), texts({4}));
    EXPECT_EQ(found("control"), QSet<qint64>{});
    EXPECT_EQ(found("control*"), texts({5}));
}

TEST_F(SearchIndex, AndOrNot)
{
    EXPECT_EQ(found("export AND sanctions"), texts({5}));
    EXPECT_EQ(found("export sanctions"), texts({5}));
    EXPECT_EQ(found("export OR sanctions"), texts({5, 6, 7}));
    EXPECT_EQ(found("export NOT sanctions"), texts({6}));
    EXPECT_EQ(found("(export OR sanctions) NOT only"), texts({5}));
    EXPECT_EQ(found("出口 或 export"), texts({0, 1, 5, 6}));
    EXPECT_EQ(found("出口 非 制裁"), texts({1}));
    EXPECT_EQ(found("\"export controls\""), texts({5}));
    EXPECT_EQ(found("\"controls export\""), QSet<qint64>{});
}

TEST_F(SearchIndex, HostileQueriesGiveResultsOrNothingAndLeaveTheDatabaseWorking)
{
    for (const char *query : {"\"",
                              "NEAR(",
                              "NEAR(export sanctions)",
                              "*",
                              "'); DROP TABLE paragraph; --",
                              "AND",
                              "OR",
                              "NOT",
                              "(((",
                              ")))",
                              "",
                              "\"\"\"",
                              "export\" OR \"",
                              "text:export",
                              "^export",
                              "{export}",
                              "- export",
                              "export + sanctions",
                              "\\",
                              "%",
                              "_",
                              "\x01"}) {
        auto hits = Search::search(*m_db, QString::fromUtf8(query), {}, {}, 20);
        EXPECT_TRUE(hits.ok()) << query << ": "
                               << (hits ? std::string() : hits.error().detail.toStdString());
    }
    // Read as words, not as FTS5's NEAR or a quoted operator: no text has "near" or "or".
    EXPECT_EQ(found("NEAR(export sanctions)"), QSet<qint64>{});
    EXPECT_EQ(found("export\" OR \""), QSet<qint64>{});
    EXPECT_EQ(ids(QStringLiteral("F/1")).size(), 8);
    EXPECT_EQ(found("export"), texts({5, 6}));
    EXPECT_TRUE(indexIntact());
}

TEST_F(SearchIndex, FollowsAReplacedDocument)
{
    const qint64 kept = ids(QStringLiteral("F/1")).value(QStringLiteral("export only"));
    QStringList texts = fixtureTexts();
    texts[0] = QStringLiteral("进口管制");
    store(fixture(QStringLiteral("F/1"), texts), QStringLiteral("v2"));
    const auto now = ids(QStringLiteral("F/1"));
    EXPECT_EQ(found("出口管制"), QSet<qint64>{});
    EXPECT_EQ(found("进口管制"), QSet<qint64>{now.value(QStringLiteral("进口管制"))});
    EXPECT_EQ(now.value(QStringLiteral("export only")), kept); // unchanged text, same id
    EXPECT_EQ(found("export"), (QSet<qint64>{now.value(QStringLiteral("export controls and "
                                                                      "sanctions")),
                                             kept}));
    EXPECT_TRUE(indexIntact());
}

TEST_F(SearchIndex, RolledBackStoreLeavesTheIndexAsItWas)
{
    const QString before = indexDump();
    {
        auto transaction = Storage::Transaction::begin(*m_db);
        ASSERT_TRUE(transaction.ok());
        store(fixture(QStringLiteral("F/2"), {QStringLiteral("独一无二的词")}),
              QStringLiteral("x"));
        QStringList changed = fixtureTexts();
        changed[6] = QStringLiteral("changed");
        store(fixture(QStringLiteral("F/1"), changed), QStringLiteral("v3"));
        EXPECT_FALSE(found("独一无二").isEmpty()); // visible inside the transaction
        ASSERT_TRUE(transaction->rollback().ok());
    }
    EXPECT_EQ(indexDump(), before);
    EXPECT_EQ(found("独一无二"), QSet<qint64>{});
    EXPECT_EQ(found("export"), texts({5, 6}));
    EXPECT_TRUE(indexIntact());
}

TEST_F(SearchIndex, FailedImportLeavesTheIndexAsItWas)
{
    const QString before = indexDump();
    NullProgress progress;
    CancelToken cancel;
    // The first file is fine; the second's vote lists do not add up, so neither is stored.
    const auto imported = Workflow::importFiles(
        *m_db,
        QList<Workflow::ImportRequest>{
            {Rapporteur::Test::fixturePath(QStringLiteral("compilation-small.zh.txt")), {}, {}},
            {Rapporteur::Test::fixturePath(QStringLiteral("vote-count-mismatch.zh.txt")), {}, {}}},
        progress, cancel);
    ASSERT_FALSE(imported.ok());
    EXPECT_EQ(indexDump(), before);
    EXPECT_EQ(found("测试报告"), QSet<qint64>{});
    // The same file alone is stored and found.
    ASSERT_TRUE(Workflow::importFiles(
                    *m_db,
                    QList<Workflow::ImportRequest>{
                        {Rapporteur::Test::fixturePath(QStringLiteral("compilation-small.zh.txt")),
                         {},
                         {}}},
                    progress, cancel)
                    .ok());
    EXPECT_EQ(found("测试报告").size(), 1);
    EXPECT_TRUE(indexIntact());
}

TEST_F(SearchIndex, DatabaseFromBeforeTheIndexIsIndexedWhenOpened)
{
    // A corpus as schema 3 left it (migrations 0001-0003, no index), with a paragraph in it.
    m_db.reset();
    const QString old = m_dir.filePath(QStringLiteral("schema3.sqlite"));
    sqlite3 *raw = nullptr;
    ASSERT_EQ(sqlite3_open(old.toUtf8().constData(), &raw), SQLITE_OK);
    for (const char *name : {"0001_initial.sql", "0002_votes.sql", "0003_document_metadata.sql"}) {
        QFile migration(QStringLiteral(":/storage/migrations/") + QString::fromLatin1(name));
        ASSERT_TRUE(migration.open(QIODevice::ReadOnly)) << name;
        ASSERT_EQ(sqlite3_exec(raw, migration.readAll().constData(), nullptr, nullptr, nullptr),
                  SQLITE_OK)
            << name << ": " << sqlite3_errmsg(raw);
    }
    ASSERT_EQ(sqlite3_exec(raw,
                           "INSERT INTO document (symbol, content_hash, imported_at) "
                           "VALUES ('A/77/96', 'h', '2024-01-01T00:00:00Z'); "
                           "INSERT INTO paragraph (document_id, ordinal, key, kind, text) "
                           "VALUES (1, 0, 'k#0', 'body', '各国的出口管制制度。'); "
                           "PRAGMA user_version = 3",
                           nullptr, nullptr, nullptr),
              SQLITE_OK)
        << sqlite3_errmsg(raw);
    sqlite3_close(raw);

    auto reopened = Storage::Database::open(old);
    ASSERT_TRUE(reopened.ok()) << reopened.error().detail.toStdString();
    m_db = std::move(reopened).value();
    EXPECT_EQ(found("出口管制"), QSet<qint64>{1});
    EXPECT_EQ(found("制度"), QSet<qint64>{1});
    EXPECT_TRUE(indexIntact());
}
