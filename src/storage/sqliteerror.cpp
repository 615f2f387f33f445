#include "sqliteerror.h"

#include <sqlite3.h>

namespace Rapporteur::Storage {

QString sqliteReason(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QStringLiteral("The database is busy: another program is writing to it. Try again "
                              "when it has finished.");
    case SQLITE_FULL:
        return QStringLiteral("The disk is full: the database could not be written.");
    case SQLITE_READONLY:
        return QStringLiteral("The database cannot be written: it is read-only.");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return QStringLiteral("The database file is damaged.");
    case SQLITE_IOERR:
        return QStringLiteral("The database file could not be read or written (an input/output "
                              "error).");
    case SQLITE_CANTOPEN:
        return QStringLiteral("The database file could not be opened.");
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return QStringLiteral("Permission to use the database file was denied.");
    case SQLITE_NOMEM:
        return QStringLiteral("There was not enough memory for the database.");
    default:
        return {};
    }
}

Error sqliteError(sqlite3 *db, int rc, const QString &otherwise, const QString &context)
{
    const QString reason = sqliteReason(rc);
    QString detail = QStringLiteral("%1 (SQLite error %2)")
                         .arg(QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)))
                         .arg(rc);
    if (!context.isEmpty())
        detail += QStringLiteral(" in: ") + context;
    return {ErrorCode::Database, reason.isEmpty() ? otherwise : reason, detail};
}

} // namespace Rapporteur::Storage
