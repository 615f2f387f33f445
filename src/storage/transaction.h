#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QtGlobal>

namespace Rapporteur::Storage {

class Database;

// A scoped transaction that rolls back unless committed. Opened while another transaction is
// open on the connection, it becomes a savepoint inside it: a repository call then joins its
// caller's transaction (the CLI imports several files as one), and rolling it back undoes only
// its own part.
class Transaction final
{
    Q_DISABLE_COPY(Transaction)

public:
    static Result<Transaction> begin(Database &db);

    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    ~Transaction();

    Status commit();
    Status rollback();

    bool isNested() const { return !m_savepoint.isEmpty(); }
    bool isActive() const { return m_db != nullptr; }

private:
    Transaction(Database &db, QByteArray savepoint);

    Database *m_db = nullptr; // null once committed, rolled back or moved from
    QByteArray m_savepoint;   // empty for a top-level transaction
};

} // namespace Rapporteur::Storage
