#include "databasebackup.h"

#include "database.h"
#include "databasecheck.h"
#include "statement.h"

#include "common/databasefiles.h"
#include "common/shownpath.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <optional>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Rapporteur::Storage {

namespace {

// 1 MiB at 4 KiB pages: a step holds the source's lock (outside WAL) for milliseconds.
constexpr int kPagesPerStep = 256;
// While another connection holds a lock the copy needs (outside WAL), wait this long between
// tries, and give up after kMaxWaitMs in all.
constexpr int kRetryMs = 20;
constexpr int kMaxWaitMs = 30000;
// Outside WAL every write by another connection restarts the copy; past this many, the source
// is changing faster than it can be copied.
constexpr int kMaxRestarts = 100;

Error refused(const QString &message)
{
    return {ErrorCode::InvalidInput, message, {}};
}

Error systemError(const QString &message, int error)
{
    return {ErrorCode::UnreadableFile, message, QString::fromLocal8Bit(std::strerror(error))};
}

Error sqliteError(sqlite3 *handle, const QString &message)
{
    return {ErrorCode::Database, message,
            QStringLiteral("%1 (SQLite error %2)")
                .arg(QString::fromUtf8(sqlite3_errmsg(handle)))
                .arg(sqlite3_extended_errcode(handle))};
}

struct FileId
{
    dev_t device = 0;
    ino_t inode = 0;
    bool operator==(const FileId &) const = default;
};

std::optional<FileId> fileId(const QByteArray &path)
{
    struct stat st
    {
    };
    if (::stat(path.constData(), &st) != 0)
        return std::nullopt;
    return FileId{st.st_dev, st.st_ino};
}

bool exists(const QByteArray &path)
{
    struct stat st
    {
    };
    return ::lstat(path.constData(), &st) == 0;
}

// Where the copy goes: `destination` itself, or the file a link there leads to. Everything that
// must not be replaced is refused here, by stat() alone: opening the database file by other
// means than SQLite would drop SQLite's POSIX locks on it.
Result<QByteArray> resolveDestination(const Database &source, const QString &destination)
{
    const QString shown = shownPath(QDir::toNativeSeparators(destination));
    if (destination.isEmpty())
        return refused(QStringLiteral("No file was given for the backup."));
    QByteArray path = QFile::encodeName(destination);
    struct stat st
    {
    };
    if (::lstat(path.constData(), &st) == 0) {
        if (S_ISLNK(st.st_mode)) {
            char *real = ::realpath(path.constData(), nullptr);
            if (!real || ::stat(real, &st) != 0) {
                const int error = errno;
                std::free(real);
                return systemError(
                    QStringLiteral("“%1” is a link that leads to no file.").arg(shown), error);
            }
            path = real;
            std::free(real);
        }
        if (S_ISDIR(st.st_mode))
            return refused(
                QStringLiteral("“%1” is a folder; give the backup a file name.").arg(shown));
        if (!S_ISREG(st.st_mode))
            return refused(QStringLiteral("“%1” is not a regular file; a backup is written only to "
                                          "a file.")
                               .arg(shown));
        const FileId target{st.st_dev, st.st_ino};
        const QByteArray database = QFile::encodeName(source.path());
        if (fileId(database) == target)
            return refused(QStringLiteral("“%1” is the database itself; choose another file for "
                                          "the backup.")
                               .arg(shown));
        for (const char *suffix : {"-wal", "-shm", "-journal"}) {
            if (fileId(database + suffix) == target)
                return refused(QStringLiteral("“%1” is a journal file of the database; choose "
                                              "another file for the backup.")
                                   .arg(shown));
        }
        if (DatabaseFiles::isOpenDatabaseFile(QFile::decodeName(path)))
            return refused(QStringLiteral("“%1” is a database open in Rapporteur; choose another "
                                          "file for the backup.")
                               .arg(shown));
    } else if (errno == ENOENT) {
        const QString folder = QFileInfo(QFile::decodeName(path)).absolutePath();
        if (!QFileInfo(folder).isDir())
            return refused(QStringLiteral("The folder for “%1” does not exist.").arg(shown));
    } else {
        return systemError(QStringLiteral("Could not look at “%1”.").arg(shown), errno);
    }
    // SQLite would take a -wal or hot -journal beside the name as part of the copy.
    for (const char *suffix : {"-wal", "-journal"}) {
        if (exists(path + suffix))
            return refused(QStringLiteral("“%1” has a %2 file beside it (a database in use, or one "
                                          "that was not closed); choose another file for the "
                                          "backup.")
                               .arg(shown, QLatin1String(suffix)));
    }
    return path;
}

// The temporary copy beside the destination, removed with its journals unless it was put in
// place.
class TemporaryCopy final
{
public:
    explicit TemporaryCopy(QByteArray path) : m_path(std::move(path)) {}
    ~TemporaryCopy()
    {
        if (m_path.isEmpty())
            return;
        for (const char *suffix : {"", "-journal", "-wal", "-shm"})
            ::unlink((m_path + suffix).constData());
    }
    TemporaryCopy(const TemporaryCopy &) = delete;
    TemporaryCopy &operator=(const TemporaryCopy &) = delete;

    const QByteArray &path() const { return m_path; }
    void release() { m_path.clear(); }

private:
    QByteArray m_path;
};

struct CloseConnection
{
    void operator()(sqlite3 *handle) const { sqlite3_close_v2(handle); }
};
using Connection = std::unique_ptr<sqlite3, CloseConnection>;

Result<Connection> openCopy(const QByteArray &path)
{
    sqlite3 *handle = nullptr;
    const int rc = sqlite3_open_v2(path.constData(), &handle,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    Connection connection(handle);
    if (rc != SQLITE_OK)
        return sqliteError(handle, QStringLiteral("Could not write the backup."));
    sqlite3_extended_result_codes(handle, 1);
    return connection;
}

// Holds one read transaction on the source while the copy runs (WAL only, where a reader never
// blocks a writer): the copy is then one snapshot and never restarts.
class SnapshotGuard final
{
public:
    explicit SnapshotGuard(Database &db) : m_db(db) {}
    ~SnapshotGuard()
    {
        if (m_open)
            (void)m_db.exec("COMMIT");
    }
    SnapshotGuard(const SnapshotGuard &) = delete;
    SnapshotGuard &operator=(const SnapshotGuard &) = delete;

    Status begin()
    {
        if (m_db.inTransaction())
            return success(); // the caller's transaction is the snapshot
        if (auto begun = m_db.exec("BEGIN"); !begun)
            return begun;
        m_open = true;
        // BEGIN is deferred: the read transaction starts with the first read.
        auto read = Statement::prepare(m_db, "SELECT count(*) FROM sqlite_schema");
        if (!read)
            return read.error();
        if (auto row = read->step(); !row)
            return row.error();
        return success();
    }

private:
    Database &m_db;
    bool m_open = false;
};

Result<bool> isWal(const Database &db)
{
    auto mode = Statement::prepare(db, "PRAGMA journal_mode");
    if (!mode)
        return mode.error();
    auto row = mode->step();
    if (!row)
        return row.error();
    return *row && mode->columnText(0).compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
}

Result<qint64> copyPages(Database &source, sqlite3 *copy)
{
    sqlite3_backup *backup = sqlite3_backup_init(copy, "main", source.handle(), "main");
    if (!backup)
        return sqliteError(copy, QStringLiteral("Could not start the backup."));
    int waitedMs = 0;
    int restarts = 0;
    int remaining = -1;
    int rc = SQLITE_OK;
    for (;;) {
        rc = sqlite3_backup_step(backup, kPagesPerStep);
        if (rc == SQLITE_DONE)
            break;
        if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED) {
            if (waitedMs >= kMaxWaitMs)
                break;
            sqlite3_sleep(kRetryMs);
            waitedMs += kRetryMs;
            continue;
        }
        if (rc != SQLITE_OK)
            break;
        const int left = sqlite3_backup_remaining(backup);
        if (remaining >= 0 && left > remaining && ++restarts > kMaxRestarts)
            break;
        remaining = left;
    }
    const qint64 pages = sqlite3_backup_pagecount(backup);
    const int finished = sqlite3_backup_finish(backup);
    if (rc == SQLITE_DONE && finished == SQLITE_OK)
        return pages;
    if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
        return Error{ErrorCode::Database,
                     QStringLiteral("The backup gave up: another program kept the database "
                                    "locked; try again when it is done."),
                     QString::fromUtf8(sqlite3_errstr(rc))};
    if (rc == SQLITE_OK)
        return Error{ErrorCode::Database,
                     QStringLiteral("The backup gave up: the database kept changing while it "
                                    "was copied; try again when it is quieter."),
                     QStringLiteral("%1 restarts").arg(restarts)};
    return sqliteError(copy, QStringLiteral("Could not copy the database."));
}

// Opens the finished copy afresh, checks it, and makes it one self-contained file: the backup
// carries the source's WAL mode in its header, and a copy in WAL mode would need its -wal.
Status verifyAndSeal(const QByteArray &path, const QString &shown)
{
    auto copy = openCopy(path);
    if (!copy)
        return copy.error();
    auto problems = integrityProblems(copy->get());
    if (!problems)
        return problems.error();
    if (!problems->isEmpty())
        return Error{ErrorCode::Database,
                     QStringLiteral("The copy failed its integrity check, so “%1” was not "
                                    "written.")
                         .arg(shown),
                     problems->first()};
    char *message = nullptr;
    if (sqlite3_exec(copy->get(), "PRAGMA journal_mode=DELETE", nullptr, nullptr, &message) !=
        SQLITE_OK) {
        sqlite3_free(message);
        return sqliteError(copy->get(), QStringLiteral("Could not write the backup."));
    }
    sqlite3 *handle = copy->release();
    if (sqlite3_close(handle) != SQLITE_OK) {
        Error error = sqliteError(handle, QStringLiteral("Could not write the backup."));
        sqlite3_close_v2(handle);
        return error;
    }
    return success();
}

// The rename is durable only once the folder that holds the name is on disk.
Status syncFolder(const QByteArray &folder, const QString &shown)
{
    const int fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return systemError(QStringLiteral("Could not finish writing “%1”.").arg(shown), errno);
    const int synced = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    // EINVAL: a file system that cannot sync folders; the rename is as durable as it gets there.
    if (synced != 0 && error != EINVAL)
        return systemError(QStringLiteral("Could not finish writing “%1”.").arg(shown), error);
    return success();
}

} // namespace

Result<BackupSummary> backupDatabase(Database &source, const QString &destination)
{
    const QString shown = shownPath(QDir::toNativeSeparators(destination));
    auto resolved = resolveDestination(source, destination);
    if (!resolved)
        return resolved.error();
    const QByteArray target = *resolved;
    const QFileInfo targetInfo(QFile::decodeName(target));
    const QByteArray folder = QFile::encodeName(targetInfo.absolutePath());

    QByteArray pattern =
        folder + "/." + QFile::encodeName(targetInfo.fileName()) + ".backup-XXXXXX";
    const int fd = ::mkstemp(pattern.data());
    if (fd < 0)
        return systemError(QStringLiteral("Could not write in the folder of “%1”.").arg(shown),
                           errno);
    TemporaryCopy temporary(pattern);
    // The copy is as private as the database it copies (mkstemp makes it 0600).
    struct stat sourceStat
    {
    };
    if (::stat(QFile::encodeName(source.path()).constData(), &sourceStat) == 0)
        (void)::fchmod(fd, sourceStat.st_mode & 0666);
    ::close(fd);

    qint64 pages = 0;
    {
        auto copy = openCopy(temporary.path());
        if (!copy)
            return copy.error();
        auto wal = isWal(source);
        if (!wal)
            return wal.error();
        SnapshotGuard snapshot(source);
        if (*wal) {
            if (auto begun = snapshot.begin(); !begun)
                return begun.error();
        }
        auto copied = copyPages(source, copy->get());
        if (!copied)
            return copied.error();
        pages = *copied;
    }
    if (auto sealed = verifyAndSeal(temporary.path(), shown); !sealed)
        return sealed.error();

    // Once more just before the rename: the name may have become something else meanwhile.
    struct stat now
    {
    };
    if (::lstat(target.constData(), &now) == 0 && !S_ISREG(now.st_mode))
        return refused(QStringLiteral("“%1” is not a regular file; a backup is written only to a "
                                      "file.")
                           .arg(shown));
    struct stat written
    {
    };
    if (::stat(temporary.path().constData(), &written) != 0)
        return systemError(QStringLiteral("Could not write the backup."), errno);
    if (::rename(temporary.path().constData(), target.constData()) != 0)
        return systemError(QStringLiteral("Could not put the backup in place as “%1”.").arg(shown),
                           errno);
    temporary.release();
    if (auto synced = syncFolder(folder, shown); !synced)
        return synced.error();
    return BackupSummary{QFile::decodeName(target), pages, static_cast<qint64>(written.st_size)};
}

} // namespace Rapporteur::Storage
