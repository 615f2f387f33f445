#include "database.h"

#include "migrator.h"
#include "processlocks.h"
#include "sqliteerror.h"
#include "statement.h"
#include "storagelogging.h"

#include "common/databasefiles.h"
#include "common/shownpath.h"
#include "searchindex/fts5rank.h"
#include "searchindex/fts5tokenizer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <utility>

#include <sqlite3.h>

#include <cerrno>

#include <sys/stat.h>

namespace Rapporteur::Storage {

namespace {

// Long enough to ride out a checkpoint or another process's short write; short enough that a
// stuck writer surfaces as an error instead of a frozen window.
constexpr int kBusyTimeoutMs = 5000;
// The page cache of each connection, in KiB (SQLite's default is 2 MB). A large import adds to
// indexes keyed by hashes, where each row lands on a different page; with 2 MB those pages were
// spilled to the WAL and read back over and over (200 MB of text: 77 s → 67 s with 16 MB; more
// measured no faster). The cache is only filled as far as a connection uses it.
constexpr const char *kPageCachePragma = "PRAGMA cache_size=-16384";
// Reads through a memory map of the file's first 256 MiB rather than a read() into a fresh
// page-cache buffer per page: reading the whole voting record (950,000 vote rows) took a quarter
// less time. Writes still go through the WAL, so a crash cannot damage the file.
constexpr const char *kMemoryMapPragma = "PRAGMA mmap_size=268435456";

// Written into the file header by migration 0001, so a SQLite file of another program is never
// mistaken for a corpus (and never migrated into one). "RPTR".
constexpr int kApplicationId = 0x52505452;

QString sqliteMessage(sqlite3 *handle, int rc)
{
    const char *message = handle ? sqlite3_errmsg(handle) : sqlite3_errstr(rc);
    return QStringLiteral("%1 (SQLite error %2)").arg(QString::fromUtf8(message)).arg(rc);
}

Result<sqlite3 *> openHandle(const QString &path, int flags, const QString &shownName)
{
    sqlite3 *handle = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &handle, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error error{ErrorCode::Database,
                    QStringLiteral("Could not open the database “%1”.").arg(shownName),
                    sqliteMessage(handle, rc)};
        sqlite3_close(handle); // SQLite allocates a handle even when opening fails
        return error;
    }
    sqlite3_extended_result_codes(handle, 1);
    sqlite3_busy_timeout(handle, kBusyTimeoutMs);
    // Before anything reads or migrates: the search index's triggers tokenize on every write to
    // paragraph, and migration 0004 builds the index. Ranked search uses rp_bm25.
    int registered = Search::registerTokenizer(handle);
    if (registered == SQLITE_OK)
        registered = Search::registerRankFunction(handle);
    if (registered != SQLITE_OK) {
        Error error{ErrorCode::Database,
                    QStringLiteral("Could not prepare the search index of “%1”.").arg(shownName),
                    sqliteMessage(handle, registered)};
        sqlite3_close(handle);
        return error;
    }
    return handle;
}

// The journal mode SQLite reports after running `sql` (a journal_mode pragma), or SQLite's code.
int runJournalModePragma(sqlite3 *handle, const char *sql, QString &mode)
{
    const auto keep = [](void *out, int columns, char **values, char **) {
        if (columns > 0 && values[0])
            *static_cast<QString *>(out) = QString::fromLatin1(values[0]);
        return 0;
    };
    return sqlite3_exec(handle, sql, keep, &mode, nullptr);
}

// Puts the file in WAL mode and returns the journal mode it ends in. WAL is a property of the
// file, so it is read first and only the first opening converts.
Result<QString> switchToWal(sqlite3 *handle)
{
    QString mode;
    int rc = runJournalModePragma(handle, "PRAGMA journal_mode", mode);
    if (rc == SQLITE_OK && mode == QLatin1String("wal"))
        return mode;
    if (rc == SQLITE_OK)
        rc = runJournalModePragma(handle, "PRAGMA journal_mode=WAL", mode);
    if (rc != SQLITE_OK)
        return sqliteError(handle, rc, QStringLiteral("Could not switch to a write-ahead log."),
                           QStringLiteral("PRAGMA journal_mode=WAL"));
    return mode;
}

} // namespace

Database::Database(sqlite3 *handle, QString path) : m_handle(handle), m_path(std::move(path))
{
    if (m_path != QLatin1String(":memory:")) {
        DatabaseFiles::connectionOpened(m_path);
        m_registered = true;
    }
}

Database::~Database()
{
    // close_v2 rather than close: a Statement that outlives its Database (a bug) then leaves a
    // zombie connection instead of a leaked one.
    sqlite3_close_v2(m_handle);
    if (m_registered)
        DatabaseFiles::connectionClosed(m_path);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    auto opened = openPath(path);
    if (!opened) {
        Error error = opened.error();
        error.file = path;
        return error;
    }
    return opened;
}

Result<std::unique_ptr<Database>> Database::openPath(const QString &path)
{
    const QString shownName = shownPath(QDir::toNativeSeparators(path));
    if (path.isEmpty()) {
        return Error{ErrorCode::UnreadableFile, QStringLiteral("No database file was given."), {}};
    }
    if (struct stat st{}; ::stat(QFile::encodeName(path).constData(), &st) != 0) {
        if (errno == ELOOP)
            return Error{ErrorCode::UnreadableFile,
                         QStringLiteral("“%1” is a loop of symbolic links.").arg(shownName),
                         {}};
    } else if (!S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
        // SQLite would open a pipe and wait for a writer forever, or read a device as a file.
        return Error{
            ErrorCode::UnreadableFile,
            QStringLiteral("“%1” is a pipe or a device, not a database file.").arg(shownName),
            {}};
    }
    if (DatabaseFiles::isCompanionOfOpenDatabase(path)) {
        // SQLite would open it, find it is no database, and close it: a close() that drops this
        // process's locks on the open database (common/databasefiles.h).
        return Error{ErrorCode::UnreadableFile,
                     QStringLiteral("“%1” is a file SQLite keeps beside the open database, not a "
                                    "database.")
                         .arg(shownName),
                     {}};
    }
    const QFileInfo info(path);
    if (info.isDir()) {
        return Error{ErrorCode::UnreadableFile,
                     QStringLiteral("“%1” is a folder, not a database file.").arg(shownName),
                     {}};
    }
    if (!QDir().mkpath(info.absolutePath())) {
        return Error{
            ErrorCode::UnreadableFile,
            QStringLiteral("Could not create the folder for the database “%1”.").arg(shownName),
            info.absolutePath()};
    }
    return openFile(path, shownName, false);
}

Result<std::unique_ptr<Database>> Database::openInMemory()
{
    return openFile(QStringLiteral(":memory:"), QStringLiteral("in-memory database"), true);
}

int Database::knownSchemaVersion()
{
    return Migrator::latestVersion();
}

Result<std::unique_ptr<Database>> Database::openFile(const QString &path, const QString &shownName,
                                                     bool inMemory)
{
    // No SQLite mutex: one connection per thread is the rule, so locking would only cost time.
    constexpr int readWrite = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    auto handle = openHandle(path, readWrite, shownName);
    if (!handle)
        return handle.error();
    std::unique_ptr<Database> db(new Database(*handle, path));

    // sqlite3_open_v2 is lazy: the header is first read here, which is where a file that is not
    // a database shows itself.
    const auto version = db->queryInt("PRAGMA user_version");
    if (!version) {
        const int rc = sqlite3_extended_errcode(db->m_handle);
        const bool notOurs = (rc & 0xff) == SQLITE_NOTADB || (rc & 0xff) == SQLITE_CORRUPT;
        return Error{ErrorCode::Database,
                     notOurs
                         ? QStringLiteral("“%1” is not a Rapporteur database, or it is damaged.")
                               .arg(shownName)
                         : QStringLiteral("Could not read the database “%1”. %2")
                               .arg(shownName, sqliteReason(rc))
                               .trimmed(),
                     version.error().detail};
    }
    db->m_schemaVersion = *version;
    if (auto ours = db->checkIsOurs(shownName); !ours)
        return ours.error();

    if (db->m_schemaVersion > knownSchemaVersion()) {
        // Reopen rather than set query_only: a read-only handle cannot write by any path, not
        // even a checkpoint or a journal-mode change the newer program would not expect.
        sqlite3_close_v2(db->m_handle);
        db->m_handle = nullptr;
        auto readOnly = openHandle(path, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, shownName);
        if (!readOnly)
            return readOnly.error();
        db->m_handle = *readOnly;
        db->m_readOnlyReason =
            Error{ErrorCode::Database,
                  QStringLiteral("“%1” was written by a newer version of Rapporteur, so it is open "
                                 "read-only. Update Rapporteur to change it.")
                      .arg(shownName),
                  QStringLiteral("schema version %1; this program knows up to %2")
                      .arg(db->m_schemaVersion)
                      .arg(knownSchemaVersion())};
        qCWarning(lcStorage) << db->m_readOnlyReason->userMessage;
        return db;
    }

    if (sqlite3_db_readonly(db->m_handle, "main") == 1) {
        // SQLite quietly opens a write-protected file read-only. That is fine for reading a
        // current corpus, but it cannot be migrated.
        if (db->m_schemaVersion < knownSchemaVersion()) {
            return Error{ErrorCode::Database,
                         QStringLiteral("“%1” needs to be updated for this version of Rapporteur, "
                                        "but it cannot be written.")
                             .arg(shownName),
                         {}};
        }
        db->m_readOnlyReason =
            Error{ErrorCode::Database,
                  QStringLiteral("“%1” cannot be written, so it is open read-only.").arg(shownName),
                  {}};
        return db; // foreign keys and WAL only matter to a connection that writes
    }
    // Two programs opening one new or older file at once: one converts it to WAL and migrates
    // it while the other waits. SQLite waits for most locks (busy_timeout) but not for all (a
    // change of journal mode needs the file to itself and does not wait), so a preparation that
    // failed as busy is tried again, as a whole, within the same budget. Each step can run again:
    // a migration checks the version inside its write lock.
    QDeadlineTimer deadline(kBusyTimeoutMs);
    for (int pauseMs = 1;; pauseMs = std::min(pauseMs * 2, 50)) {
        const Status configured = db->configure(inMemory);
        if (configured)
            return db;
        const int rc = sqlite3_extended_errcode(db->m_handle);
        if ((rc & 0xff) == SQLITE_BUSY && !deadline.hasExpired()) {
            sqlite3_sleep(pauseMs);
            continue;
        }
        Error error = configured.error();
        qCWarning(lcStorage) << "preparing" << path << "failed:" << error.detail;
        error.userMessage = QStringLiteral("Could not prepare the database “%1” for use. %2")
                                .arg(shownName, sqliteReason(rc))
                                .trimmed();
        return error;
    }
}

Status Database::checkIsOurs(const QString &shownName)
{
    const Error foreign{
        ErrorCode::Database,
        QStringLiteral("“%1” is a database of another program, not a Rapporteur corpus.")
            .arg(shownName),
        {}};
    // One statement, so one snapshot: read one by one, the version could be read before another
    // process creating the same new file committed its first migration and the tables after,
    // which would look like a foreign database with tables and no version.
    auto read = Statement::prepare(*this, R"(
        SELECT (SELECT user_version FROM pragma_user_version),
               (SELECT application_id FROM pragma_application_id),
               (SELECT count(*) FROM sqlite_schema))");
    if (!read)
        return read.error();
    auto row = read->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error{
            ErrorCode::Internal, QStringLiteral("Could not read the database header."), {}};
    m_schemaVersion = read->columnInt(0);
    const int applicationId = read->columnInt(1);
    const int objects = read->columnInt(2);
    if (m_schemaVersion == 0) // tables but no version: someone else's, never to be migrated into
        return objects == 0 ? success() : Status(foreign);
    return applicationId == kApplicationId ? success() : Status(foreign);
}

Status Database::configure(bool inMemory)
{
    if (!inMemory) {
        // WAL: readers (the GUI) do not block the writer (an import) and a crash mid-write
        // cannot damage the file.
        auto mode = switchToWal(m_handle);
        if (!mode)
            return mode.error();
        m_wal = *mode == QLatin1String("wal");
        if (!m_wal)
            qCWarning(lcStorage) << "WAL is not available for" << m_path << "- journal mode is"
                                 << *mode;
    }
    if (auto migrated = Migrator(*this).migrate(); !migrated)
        return migrated;
    m_schemaVersion = Migrator::latestVersion();
    if (auto cache = exec(kPageCachePragma); !cache)
        return cache;
    if (auto mapped = exec(kMemoryMapPragma); !mapped)
        return mapped;
    // Only after migrating: a migration that rebuilds a table needs foreign keys off.
    return exec("PRAGMA foreign_keys=ON");
}

Result<int> Database::queryInt(const char *sql) const
{
    auto statement = Statement::prepare(*this, sql);
    if (!statement)
        return statement.error();
    auto row = statement->step();
    if (!row)
        return row.error();
    return *row ? statement->columnInt(0) : 0;
}

Status Database::exec(const char *sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_handle, sql, nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return success();
    Error result = sqliteError(nullptr, rc, QStringLiteral("The database refused an operation."),
                               QString::fromUtf8(sql).simplified().left(200));
    result.detail = QStringLiteral("%1: %2").arg(
        QString::fromUtf8(message ? message : sqlite3_errstr(rc)), result.detail);
    sqlite3_free(message);
    return result;
}

bool Database::holdsItsLocks() const
{
    if (!m_wal || isReadOnly() || !lockTableShowsThisProcess())
        return true;
    // A connection in WAL mode holds a shared lock on the file and one on its index (-shm) from
    // its first read until it closes, so a missing index, or a file or index the process holds
    // no lock on, means the locks are gone.
    return processHoldsLockOn(m_path).value_or(true) &&
           processHoldsLockOn(m_path + QStringLiteral("-shm")).value_or(true);
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_handle) == 0;
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_handle);
}

qint64 Database::totalChanges() const
{
    return sqlite3_total_changes64(m_handle);
}

Error Database::error(const QString &userMessage) const
{
    return sqliteError(m_handle, sqlite3_extended_errcode(m_handle), userMessage);
}

QString sqliteVersion()
{
    // sqlite3_libversion, not SQLITE_VERSION: the shared library may differ from the headers.
    return QString::fromLatin1(sqlite3_libversion());
}

} // namespace Rapporteur::Storage
