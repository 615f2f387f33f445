#include "database.h"

#include "migrator.h"
#include "statement.h"
#include "storagelogging.h"

#include "search/fts5rank.h"
#include "search/fts5tokenizer.h"

#include <QDir>
#include <QFileInfo>

#include <utility>

#include <sqlite3.h>

namespace Rapporteur::Storage {

namespace {

// Long enough to ride out a checkpoint or another process's short write; short enough that a
// stuck writer surfaces as an error instead of a frozen window.
constexpr int kBusyTimeoutMs = 5000;

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

} // namespace

Database::Database(sqlite3 *handle, QString path) : m_handle(handle), m_path(std::move(path)) {}

Database::~Database()
{
    // close_v2 rather than close: a Statement that outlives its Database (a bug) then leaves a
    // zombie connection instead of a leaked one.
    sqlite3_close_v2(m_handle);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    const QString shownName = QDir::toNativeSeparators(path);
    if (path.isEmpty()) {
        return Error{ErrorCode::UnreadableFile, QStringLiteral("No database file was given."), {}};
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
                         : QStringLiteral("Could not read the database “%1”.").arg(shownName),
                     version.error().detail};
    }
    db->m_schemaVersion = *version;
    if (auto ours = db->checkIsOurs(shownName); !ours)
        return ours.error();

    if (*version > knownSchemaVersion()) {
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
                      .arg(*version)
                      .arg(knownSchemaVersion())};
        qCWarning(lcStorage) << db->m_readOnlyReason->userMessage;
        return db;
    }

    if (sqlite3_db_readonly(db->m_handle, "main") == 1) {
        // SQLite quietly opens a write-protected file read-only. That is fine for reading a
        // current corpus, but it cannot be migrated.
        if (*version < knownSchemaVersion()) {
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
    if (auto configured = db->configure(inMemory); !configured) {
        Error error = configured.error();
        error.userMessage =
            QStringLiteral("Could not prepare the database “%1” for use.").arg(shownName);
        return error;
    }
    return db;
}

Status Database::checkIsOurs(const QString &shownName)
{
    const Error foreign{
        ErrorCode::Database,
        QStringLiteral("“%1” is a database of another program, not a Rapporteur corpus.")
            .arg(shownName),
        {}};
    if (m_schemaVersion == 0) {
        // Version 0 with tables in it: someone else's database, which we must not migrate into.
        const auto objects = queryInt("SELECT count(*) FROM sqlite_schema");
        if (!objects)
            return objects.error();
        return *objects == 0 ? success() : Status(foreign);
    }
    const auto applicationId = queryInt("PRAGMA application_id");
    if (!applicationId)
        return applicationId.error();
    return *applicationId == kApplicationId ? success() : Status(foreign);
}

Status Database::configure(bool inMemory)
{
    if (!inMemory) {
        // WAL: readers (the GUI) do not block the writer (an import) and a crash mid-write
        // cannot damage the file.
        auto mode = Statement::prepare(*this, "PRAGMA journal_mode=WAL");
        if (!mode)
            return mode.error();
        auto row = mode->step();
        if (!row)
            return row.error();
        if (*row && mode->columnText(0) != QLatin1String("wal")) {
            qCWarning(lcStorage) << "WAL is not available for" << m_path << "- journal mode is"
                                 << mode->columnText(0);
        }
    }
    if (auto migrated = Migrator(*this).migrate(); !migrated)
        return migrated;
    m_schemaVersion = Migrator::latestVersion();
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
    Error result{ErrorCode::Database, QStringLiteral("The database refused an operation."),
                 QStringLiteral("%1 (SQLite error %2) in: %3")
                     .arg(QString::fromUtf8(message ? message : sqlite3_errstr(rc)))
                     .arg(rc)
                     .arg(QString::fromUtf8(sql).simplified().left(200))};
    sqlite3_free(message);
    return result;
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
    return {ErrorCode::Database, userMessage,
            sqliteMessage(m_handle, sqlite3_extended_errcode(m_handle))};
}

QString sqliteVersion()
{
    // sqlite3_libversion, not SQLITE_VERSION: the shared library may differ from the headers.
    return QString::fromLatin1(sqlite3_libversion());
}

} // namespace Rapporteur::Storage
