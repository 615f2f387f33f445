#include "storagetestsupport.h"
#include "testsupport.h"

#include "storage/corpusrepository.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using namespace Rapporteur;
using namespace Rapporteur::Storage;
using Rapporteur::Test::queryValue;

namespace {

class TransactionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto db = Database::open(m_dir.filePath(QStringLiteral("corpus.sqlite")));
        ASSERT_TRUE(db.ok()) << db.error().detail.toStdString();
        m_db = std::move(db).value();
    }

    void insertEntity(const char *code)
    {
        const QByteArray sql =
            QByteArray("INSERT INTO entity (code, kind) VALUES ('") + code + "', 'member_state')";
        ASSERT_TRUE(m_db->exec(sql.constData()).ok());
    }

    QString entityCodes() const
    {
        return queryValue(*m_db, "SELECT ifnull(group_concat(code, ','), '') "
                                 "FROM (SELECT code FROM entity ORDER BY code)");
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

} // namespace

TEST_F(TransactionTest, RollsBackWhenNotCommitted)
{
    {
        auto transaction = Transaction::begin(*m_db);
        ASSERT_TRUE(transaction.ok()) << transaction.error().detail.toStdString();
        EXPECT_FALSE(transaction->isNested());
        insertEntity("FRA");
    }
    EXPECT_FALSE(m_db->inTransaction());
    EXPECT_EQ(entityCodes(), QString());
}

TEST_F(TransactionTest, CommitKeepsChanges)
{
    auto transaction = Transaction::begin(*m_db);
    ASSERT_TRUE(transaction.ok());
    insertEntity("FRA");
    ASSERT_TRUE(transaction->commit().ok());
    EXPECT_FALSE(transaction->isActive());
    EXPECT_FALSE(m_db->inTransaction());
    EXPECT_EQ(entityCodes(), QStringLiteral("FRA"));
}

TEST_F(TransactionTest, NestedTransactionRollsBackOnlyItsPart)
{
    auto outer = Transaction::begin(*m_db);
    ASSERT_TRUE(outer.ok());
    insertEntity("FRA");
    {
        auto inner = Transaction::begin(*m_db);
        ASSERT_TRUE(inner.ok()) << inner.error().detail.toStdString();
        EXPECT_TRUE(inner->isNested());
        insertEntity("DEU");
        EXPECT_EQ(entityCodes(), QStringLiteral("DEU,FRA"));
    } // not committed: only DEU goes
    EXPECT_TRUE(m_db->inTransaction());
    insertEntity("ITA");
    ASSERT_TRUE(outer->commit().ok());
    EXPECT_EQ(entityCodes(), QStringLiteral("FRA,ITA"));
}

TEST_F(TransactionTest, CommittedNestedPartIsUndoneWithItsOuterTransaction)
{
    {
        auto outer = Transaction::begin(*m_db);
        ASSERT_TRUE(outer.ok());
        insertEntity("FRA");
        auto inner = Transaction::begin(*m_db);
        ASSERT_TRUE(inner.ok());
        insertEntity("DEU");
        ASSERT_TRUE(inner->commit().ok());
    }
    EXPECT_EQ(entityCodes(), QString());
}

TEST_F(TransactionTest, JoinsATransactionOpenedWithPlainSql)
{
    ASSERT_TRUE(m_db->exec("BEGIN").ok());
    insertEntity("FRA");
    {
        auto inner = Transaction::begin(*m_db);
        ASSERT_TRUE(inner.ok());
        EXPECT_TRUE(inner->isNested());
        insertEntity("DEU");
    }
    ASSERT_TRUE(m_db->exec("COMMIT").ok());
    EXPECT_EQ(entityCodes(), QStringLiteral("FRA"));
}

TEST_F(TransactionTest, FailedStoreInsideCallersTransactionUndoesOnlyItself)
{
    CorpusRepository repository(*m_db);
    ParsedDocument broken = Rapporteur::Test::sampleDocument();
    broken.symbol = QStringLiteral("A/78/1");
    broken.submissions[0].entityCode = QStringLiteral("XXX"); // not among the entities given

    auto outer = Transaction::begin(*m_db);
    ASSERT_TRUE(outer.ok());
    auto first = repository.storeDocument(Rapporteur::Test::sampleDocument(), {},
                                          QStringLiteral("h1"), Rapporteur::Test::sampleEntities());
    ASSERT_TRUE(first.ok()) << first.error().detail.toStdString();
    auto second = repository.storeDocument(broken, {}, QStringLiteral("h2"), {});
    ASSERT_FALSE(second.ok());
    EXPECT_TRUE(m_db->inTransaction()); // the caller's transaction is still there
    ASSERT_TRUE(outer->commit().ok());

    EXPECT_EQ(queryValue(*m_db, "SELECT group_concat(symbol) FROM document"),
              QStringLiteral("A/77/96"));
}

TEST_F(TransactionTest, StoreJoinsCallersTransactionAndRollsBackWithIt)
{
    CorpusRepository repository(*m_db);
    {
        auto outer = Transaction::begin(*m_db);
        ASSERT_TRUE(outer.ok());
        auto stored =
            repository.storeDocument(Rapporteur::Test::sampleDocument(), {}, QStringLiteral("h1"),
                                     Rapporteur::Test::sampleEntities());
        ASSERT_TRUE(stored.ok()) << stored.error().detail.toStdString();
    }
    auto documents = repository.documents();
    ASSERT_TRUE(documents.ok());
    EXPECT_TRUE(documents->isEmpty());
}
