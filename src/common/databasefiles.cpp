#include "databasefiles.h"

#include <QFile>
#include <QHash>

#include <iterator>
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

// Which of an open database's files target is: 0 the database, 1.. a companion, -1 none.
static int whichFile(const FileId &target)
{
    Registry &r = registry();
    std::lock_guard lock(r.mutex);
    for (const OpenFile &f : std::as_const(r.byPath)) {
        for (int i = 0; i < int(std::size(kCompanions)); ++i) {
            FileId id;
            if (statPath(f.path + QLatin1String(kCompanions[i]), id) && id == target)
                return i;
        }
    }
    return -1;
}

bool isOpenDatabaseFile(const QString &path)
{
    FileId target;
    return statPath(path, target) && whichFile(target) >= 0;
}

bool isOpenDatabaseFile(quint64 device, quint64 inode)
{
    return whichFile(FileId{static_cast<dev_t>(device), static_cast<ino_t>(inode)}) >= 0;
}

bool isCompanionOfOpenDatabase(const QString &path)
{
    FileId target;
    return statPath(path, target) && whichFile(target) > 0;
}

} // namespace Rapporteur::DatabaseFiles
