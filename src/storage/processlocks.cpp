#include "processlocks.h"

#include <QDir>
#include <QFile>
#include <QList>

#include <cstdlib>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Rapporteur::Storage {

std::optional<bool> processHoldsLockOn(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    // /proc/locks is a virtual file of the kernel's, not the database: reading it is harmless.
    QFile table(QStringLiteral("/proc/locks"));
    if (!table.open(QIODevice::ReadOnly))
        return std::nullopt;
    // "1: POSIX  ADVISORY  READ 4242 08:02:1234567 128 128": the owner's pid, then the file as
    // major:minor (hexadecimal):inode. "1: -> POSIX ..." lines are waiters, not holders. The
    // inode alone is matched: the kernel writes its file system's device, which is not the
    // st_dev stat() gives on btrfs subvolumes or overlay file systems.
    const QByteArray inode = ':' + QByteArray::number(static_cast<qulonglong>(st.st_ino));
    const QByteArray pid = QByteArray::number(static_cast<qlonglong>(::getpid()));
    for (const QByteArray &line : table.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 6 || fields[1] == "->" || fields[1] != "POSIX")
            continue;
        if (fields[4] == pid && fields[5].endsWith(inode))
            return true;
    }
    return false;
}

bool lockTableShowsThisProcess()
{
    static const bool shows = [] {
        QByteArray name = QFile::encodeName(QDir::tempPath()) + "/rapporteur-locks-XXXXXX";
        const int fd = ::mkstemp(name.data());
        if (fd < 0)
            return false;
        struct flock lock
        {
        };
        lock.l_type = F_WRLCK;
        lock.l_whence = SEEK_SET;
        lock.l_start = 0;
        lock.l_len = 1;
        const bool seen = ::fcntl(fd, F_SETLK, &lock) == 0 &&
                          processHoldsLockOn(QFile::decodeName(name)).value_or(false);
        ::close(fd);
        ::unlink(name.constData());
        return seen;
    }();
    return shows;
}

} // namespace Rapporteur::Storage
