#pragma once

#include "common/result.h"

#include <QString>
#include <QtGlobal>

#include <memory>
#include <optional>

struct sqlite3;

namespace Rapporteur::Storage {

// One SQLite connection, migrated to the schema this program knows. One connection per thread:
// the handle is opened without SQLite's own mutex, so share the Database only by handing it over.
class Database final
{
    Q_DISABLE_COPY_MOVE(Database)

public:
    // Opens (creating the file and its folder when missing) and migrates. A database written by a
    // newer program opens read-only: readOnlyReason() then says why, fit for a dialog. A failure
    // names the path as Error::file.
    static Result<std::unique_ptr<Database>> open(const QString &path);
    // A private, migrated database that vanishes when closed: for tests.
    static Result<std::unique_ptr<Database>> openInMemory();

    // The highest migration number built into this program.
    static int knownSchemaVersion();

    ~Database();

    // For the parts of SQLite this wrapper does not cover: FTS5 tokenizers, backup,
    // sqlite3_interrupt, progress handlers.
    sqlite3 *handle() const { return m_handle; }
    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    bool isReadOnly() const { return m_readOnlyReason.has_value(); }
    const std::optional<Error> &readOnlyReason() const { return m_readOnlyReason; }

    // Runs one or more statements that return no rows (DDL, PRAGMA, BEGIN ...).
    Status exec(const char *sql);
    // The first column of a query's first row as a number (PRAGMA user_version ...); 0 when the
    // query gives no row.
    Result<int> queryInt(const char *sql) const;

    bool inTransaction() const;

    // False when this connection can no longer be trusted with a write because the process lost
    // SQLite's locks on the file: something in the process opened and closed another descriptor
    // on it (common/databasefiles.h), or another process deleted the write-ahead log's index
    // under it. Every connection of the process to the file must then be closed before a new
    // one is opened, since SQLite shares one index per file among a process's connections.
    // True for in-memory and read-only connections, and where the kernel's lock table cannot
    // be read.
    bool holdsItsLocks() const;
    qint64 lastInsertRowId() const;
    qint64 totalChanges() const;

    // An ErrorCode::Database error carrying SQLite's latest message as detail.
    Error error(const QString &userMessage) const;

private:
    Database(sqlite3 *handle, QString path);

    static Result<std::unique_ptr<Database>> openFile(const QString &path, const QString &shownName,
                                                      bool inMemory);
    static Result<std::unique_ptr<Database>> openPath(const QString &path);
    Status checkIsOurs(const QString &shownName);
    Status configure(bool inMemory);

    sqlite3 *m_handle = nullptr;
    QString m_path;
    bool m_registered = false;
    bool m_wal = false; // the journal is a write-ahead log, with its -shm index // in
                        // DatabaseFiles, for a file (not an in-memory database)
    int m_schemaVersion = 0;
    std::optional<Error> m_readOnlyReason;
};

// The version of the SQLite library in use at run time ("3.40.1"), for an About box.
QString sqliteVersion();

} // namespace Rapporteur::Storage
