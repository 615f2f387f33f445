#include "transaction.h"

#include "database.h"
#include "storagelogging.h"

#include <atomic>
#include <utility>

namespace Rapporteur::Storage {

namespace {

// Savepoint names only need to differ from those of enclosing savepoints; a process-wide counter
// also keeps them apart from any a caller opened with its own SQL.
QByteArray nextSavepointName()
{
    static std::atomic<quint64> counter{0};
    return "rp_savepoint_" + QByteArray::number(counter.fetch_add(1, std::memory_order_relaxed));
}

} // namespace

Result<Transaction> Transaction::begin(Database &db)
{
    if (!db.inTransaction()) {
        // IMMEDIATE takes the write lock now: a deferred transaction that reads and then writes
        // can fail with SQLITE_BUSY halfway, where the busy timeout does not help.
        if (auto begun = db.exec("BEGIN IMMEDIATE"); !begun)
            return begun.error();
        return Transaction(db, {});
    }
    QByteArray name = nextSavepointName();
    if (auto begun = db.exec(("SAVEPOINT " + name).constData()); !begun)
        return begun.error();
    return Transaction(db, std::move(name));
}

Transaction::Transaction(Database &db, QByteArray savepoint)
    : m_db(&db), m_savepoint(std::move(savepoint))
{
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_savepoint(std::move(other.m_savepoint))
{
}

Transaction::~Transaction()
{
    if (!m_db)
        return;
    if (auto rolledBack = rollback(); !rolledBack)
        qCWarning(lcStorage) << "rollback failed:" << rolledBack.error().detail;
}

Status Transaction::commit()
{
    if (!m_db)
        return Error{ErrorCode::Internal, QStringLiteral("The transaction has already ended."), {}};
    const QByteArray sql = isNested() ? "RELEASE " + m_savepoint : QByteArray("COMMIT");
    // A failed COMMIT (SQLITE_BUSY) leaves the transaction open; the destructor rolls it back.
    if (auto committed = m_db->exec(sql.constData()); !committed)
        return committed;
    m_db = nullptr;
    return success();
}

Status Transaction::rollback()
{
    if (!m_db)
        return success();
    Database &db = *std::exchange(m_db, nullptr);
    // Some errors (SQLITE_FULL, SQLITE_IOERR, SQLITE_NOMEM) make SQLite roll back the whole
    // transaction by itself; there is then nothing left to undo.
    if (!db.inTransaction())
        return success();
    if (!isNested())
        return db.exec("ROLLBACK");
    // ROLLBACK TO undoes the savepoint's changes but keeps it open; RELEASE then closes it.
    return db.exec(("ROLLBACK TO " + m_savepoint + "; RELEASE " + m_savepoint).constData());
}

} // namespace Rapporteur::Storage
