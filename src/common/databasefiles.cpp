#include "databasefiles.h"

#include <QFile>
#include <QHash>

#include <mutex>

#include <sys/stat.h>

namespace Rapporteur::DatabaseFiles {

namespace {

struct FileId
{
    dev_t device = 0;
    ino_t inode = 0;
    bool operator==(const FileId &) const = default;
};

bool statPath(const QString &path, FileId &id)
{
    struct stat st{};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    id = {st.st_dev, st.st_ino};
    return true;
}

struct OpenFile
{
    QString path;
    int connections = 0;
};

struct Registry
{
    std::mutex mutex;
    QHash<QString, OpenFile> byPath; // absolute path as given to SQLite → count
};

Registry &registry()
{
    static Registry r;
    return r;
}

// SQLite names its companion files by appending to the database's own path.
constexpr const char *kCompanions[] = {"", "-wal", "-shm", "-journal"};

} // namespace

void connectionOpened(const QString &path)
{
    Registry &r = registry();
    std::lock_guard lock(r.mutex);
    OpenFile &f = r.byPath[path];
    f.path = path;
    ++f.connections;
}

void connectionClosed(const QString &path)
{
    Registry &r = registry();
    std::lock_guard lock(r.mutex);
    auto it = r.byPath.find(path);
    if (it != r.byPath.end() && --it->connections <= 0)
        r.byPath.erase(it);
}

bool isOpenDatabaseFile(const QString &path)
{
    FileId target;
    if (!statPath(path, target))
        return false;
    Registry &r = registry();
    std::lock_guard lock(r.mutex);
    for (const OpenFile &f : std::as_const(r.byPath)) {
        for (const char *suffix : kCompanions) {
            FileId id;
            if (statPath(f.path + QLatin1String(suffix), id) && id == target)
                return true;
        }
    }
    return false;
}

} // namespace Rapporteur::DatabaseFiles
