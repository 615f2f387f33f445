#include "storagetestsupport.h"
#include "testsupport.h"

#include "storage/database.h"
#include "storage/statement.h"

#include <gtest/gtest.h>

#include <limits>
#include <memory>

using namespace Rapporteur;
using namespace Rapporteur::Storage;

namespace {

class StatementTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto db = Database::openInMemory();
        ASSERT_TRUE(db.ok()) << db.error().detail.toStdString();
        m_db = std::move(db).value();
        ASSERT_TRUE(m_db->exec("CREATE TEMP TABLE t (i, d, s, b, n)"));
    }

    std::unique_ptr<Database> m_db;
};

} // namespace

// Text is encoded on the stack up to a size and on the heap beyond: both arrive whole, and an
// empty string stays '' (not NULL).
TEST_F(StatementTest, BindsShortLongAndEmptyText)
{
    const QString longText = QStringLiteral("中文 and 𠀀 ").repeated(100);
    const QString empty = QStringLiteral("");
    auto insert = Statement::prepare(*m_db, "INSERT INTO t (s, n) VALUES (?1, ?2)");
    ASSERT_TRUE(insert.ok());
    insert->bind(1, longText).bind(2, empty);
    ASSERT_TRUE(insert->run().ok());
    insert->bind(1, QStringLiteral("yes")).bind(2, QString());
    ASSERT_TRUE(insert->run().ok());
    auto select = Statement::prepare(*m_db, "SELECT s, typeof(n), length(n) FROM t ORDER BY rowid");
    ASSERT_TRUE(select.ok());
    ASSERT_TRUE(*select->step());
    EXPECT_EQ(select->columnText(0), longText);
    EXPECT_EQ(select->columnText(1), QStringLiteral("text"));
    EXPECT_EQ(select->columnInt(2), 0);
    ASSERT_TRUE(*select->step());
    EXPECT_EQ(select->columnText(0), QStringLiteral("yes"));
    EXPECT_EQ(select->columnText(1), QStringLiteral("text")); // a null QString binds '' too
}

TEST_F(StatementTest, BindsAndReadsBackEveryType)
{
    const QString text = QStringLiteral("𠀀 and 中文");
    const QByteArray blob("\0\1\2\xff", 4);
    {
        auto insert = Statement::prepare(*m_db, "INSERT INTO t VALUES (?1, ?2, ?3, ?4, ?5)");
        ASSERT_TRUE(insert.ok()) << insert.error().detail.toStdString();
        insert->bind(1, std::numeric_limits<qint64>::max())
            .bind(2, 2.5)
            .bind(3, text)
            .bind(4, blob)
            .bindNull(5);
        ASSERT_TRUE(insert->run().ok());
    }
    auto select = Statement::prepare(*m_db, "SELECT i, d, s, b, n, typeof(b) FROM t");
    ASSERT_TRUE(select.ok());
    auto row = select->step();
    ASSERT_TRUE(row.ok() && *row);
    EXPECT_EQ(select->columnCount(), 6);
    EXPECT_EQ(select->columnInt64(0), std::numeric_limits<qint64>::max());
    EXPECT_DOUBLE_EQ(select->columnDouble(1), 2.5);
    EXPECT_EQ(select->columnText(2), text);
    EXPECT_EQ(select->columnBlob(3), blob);
    EXPECT_TRUE(select->isNull(4));
    EXPECT_EQ(select->columnText(5), QStringLiteral("blob"));
    row = select->step();
    ASSERT_TRUE(row.ok());
    EXPECT_FALSE(*row);
}

TEST_F(StatementTest, EmptyStringBindsAsTextNotNullAndOptionalBindsNull)
{
    auto insert = Statement::prepare(*m_db, "INSERT INTO t (i, s, n) VALUES (?1, ?2, ?3)");
    ASSERT_TRUE(insert.ok());
    insert->bind(1, std::optional<int>(7)).bind(2, QString()).bind(3, std::optional<QString>());
    ASSERT_TRUE(insert->run().ok());

    auto select = Statement::prepare(*m_db, "SELECT i, typeof(s), typeof(n) FROM t");
    ASSERT_TRUE(select.ok());
    ASSERT_TRUE(*select->step());
    EXPECT_EQ(select->columnInt(0), 7);
    EXPECT_EQ(select->columnText(1), QStringLiteral("text"));
    EXPECT_EQ(select->columnText(2), QStringLiteral("null"));
}

TEST_F(StatementTest, ResetAllowsReuseWithFreshParameters)
{
    auto insert = Statement::prepare(*m_db, "INSERT INTO t (i, s) VALUES (?1, ?2)");
    ASSERT_TRUE(insert.ok());
    insert->bind(1, 1).bind(2, QStringLiteral("one"));
    ASSERT_TRUE(insert->run().ok());
    insert->bind(1, 2); // ?2 was cleared by the reset in run()
    ASSERT_TRUE(insert->run().ok());

    EXPECT_EQ(Rapporteur::Test::queryValue(*m_db, "SELECT group_concat(ifnull(s, 'NULL')) FROM t"),
              QStringLiteral("one,NULL"));
}

TEST_F(StatementTest, SyntaxErrorIsAnErrorValueWithSqliteMessage)
{
    auto statement = Statement::prepare(*m_db, "SELEC 1");
    ASSERT_FALSE(statement.ok());
    EXPECT_EQ(statement.error().code, ErrorCode::Database);
    EXPECT_TRUE(statement.error().detail.contains(QStringLiteral("syntax error")))
        << statement.error().detail.toStdString();
    EXPECT_TRUE(statement.error().detail.contains(QStringLiteral("SELEC 1")));
}

TEST_F(StatementTest, FailedBindIsReportedByStep)
{
    auto insert = Statement::prepare(*m_db, "INSERT INTO t (i) VALUES (?1)");
    ASSERT_TRUE(insert.ok());
    insert->bind(1, 1).bind(5, 2); // there is no ?5
    const auto row = insert->step();
    ASSERT_FALSE(row.ok());
    EXPECT_TRUE(row.error().detail.contains(QStringLiteral("parameter 5")))
        << row.error().detail.toStdString();
    EXPECT_EQ(Rapporteur::Test::queryValue(*m_db, "SELECT count(*) FROM t"), QStringLiteral("0"));
}

TEST_F(StatementTest, MovedStatementKeepsWorking)
{
    auto prepared = Statement::prepare(*m_db, "SELECT 40 + ?1");
    ASSERT_TRUE(prepared.ok());
    Statement moved = std::move(prepared).value();
    moved.bind(1, 2);
    ASSERT_TRUE(*moved.step());
    EXPECT_EQ(moved.columnInt(0), 42);
}
