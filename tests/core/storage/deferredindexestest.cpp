#include "storagetestsupport.h"

#include "storage/database.h"
#include "storage/deferredindexes.h"
#include "storage/statement.h"
#include "storage/transaction.h"

#include <gtest/gtest.h>

#include <memory>

using namespace Rapporteur;
using namespace Rapporteur::Storage;

namespace {

// The CREATE INDEX statements of table t, by name.
QStringList indexSql(Database &db)
{
    auto select = Statement::prepare(db, "SELECT name || ': ' || sql FROM sqlite_schema "
                                         "WHERE type = 'index' AND tbl_name = 't' "
                                         "AND sql NOT NULL ORDER BY name");
    EXPECT_TRUE(select);
    QStringList out;
    while (select && *select->step())
        out.append(select->columnText(0));
    return out;
}

class DeferredIndexesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Database::openInMemory();
        ASSERT_TRUE(opened) << opened.error().userMessage.toStdString();
        db = std::move(opened).value();
        ASSERT_TRUE(db->exec("CREATE TABLE t (a INTEGER PRIMARY KEY, b TEXT UNIQUE, c TEXT)"));
        ASSERT_TRUE(db->exec("CREATE INDEX t_c ON t (c, a)"));
        ASSERT_TRUE(db->exec("CREATE INDEX t_bc ON t (b, c) WHERE c IS NOT NULL"));
    }
    std::unique_ptr<Database> db;
    const QStringList schema{
        QStringLiteral("t_bc: CREATE INDEX t_bc ON t (b, c) WHERE c IS NOT NULL"),
        QStringLiteral("t_c: CREATE INDEX t_c ON t (c, a)")};
};

} // namespace

TEST_F(DeferredIndexesTest, DropsTheTablesOwnIndexesAndMakesThemAgainFromTheSchema)
{
    ASSERT_EQ(indexSql(*db), schema);
    auto transaction = Transaction::begin(*db);
    ASSERT_TRUE(transaction);
    auto deferred = DeferredIndexes::drop(*db, "t");
    ASSERT_TRUE(deferred) << deferred.error().detail.toStdString();
    EXPECT_TRUE(indexSql(*db).isEmpty());
    // The UNIQUE constraint's own index is part of the table: it stays and keeps working.
    EXPECT_TRUE(db->exec("INSERT INTO t (b, c) VALUES ('x', 'y')"));
    EXPECT_FALSE(db->exec("INSERT INTO t (b, c) VALUES ('x', 'z')"));
    ASSERT_TRUE(deferred->rebuild());
    ASSERT_TRUE(transaction->commit());
    EXPECT_EQ(indexSql(*db), schema);
    EXPECT_EQ(
        Rapporteur::Test::queryValue(*db, "SELECT count(*) FROM t INDEXED BY t_c WHERE c = 'y'"),
        QStringLiteral("1"));
}

TEST_F(DeferredIndexesTest, ARolledBackLoadLeavesTheIndexesAsTheyWere)
{
    {
        auto transaction = Transaction::begin(*db);
        ASSERT_TRUE(transaction);
        auto deferred = DeferredIndexes::drop(*db, "t");
        ASSERT_TRUE(deferred);
        ASSERT_TRUE(db->exec("INSERT INTO t (b, c) VALUES ('x', 'y')"));
        // No rebuild, no commit: the load failed half-way.
    }
    EXPECT_EQ(indexSql(*db), schema);
    EXPECT_EQ(Rapporteur::Test::queryValue(*db, "SELECT count(*) FROM t"), QStringLiteral("0"));
}
