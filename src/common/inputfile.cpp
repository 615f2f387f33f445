#include "inputfile.h"

#include "databasefiles.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <optional>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Rapporteur {

namespace {

Error unreadable(const QString &message, const QString &path)
{
    return Error{ErrorCode::UnreadableFile, message, path};
}

// What a failed stat() or open() means, in words.
Error fromErrno(int error, const QString &path)
{
    switch (error) {
    case ENOENT:
        return unreadable(QStringLiteral("no such file"), path);
    case ELOOP:
        return unreadable(QStringLiteral("the path is a loop of symbolic links"), path);
    case EACCES:
    case EPERM:
        return unreadable(QStringLiteral("permission denied"), path);
    case ENOTDIR:
        return unreadable(QStringLiteral("a part of the path is not a folder"), path);
    case ENAMETOOLONG:
        return unreadable(QStringLiteral("the path is too long"), path);
    default:
        return unreadable(QStringLiteral("cannot open the file: %1")
                              .arg(QString::fromLocal8Bit(std::strerror(error))),
                          path);
    }
}

// Why a path that is not a regular file cannot be read as one.
std::optional<Error> notRegular(mode_t mode, const QString &path)
{
    if (S_ISREG(mode))
        return std::nullopt;
    if (S_ISDIR(mode))
        return unreadable(QStringLiteral("it is a directory, not a file"), path);
    if (S_ISFIFO(mode))
        return unreadable(QStringLiteral("it is a pipe, not a file"), path);
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return unreadable(QStringLiteral("it is a device, not a file"), path);
    if (S_ISSOCK(mode))
        return unreadable(QStringLiteral("it is a socket, not a file"), path);
    return unreadable(QStringLiteral("it is not a regular file"), path);
}

Result<QByteArray> readInput(const QString &path, qint64 maxBytes, bool prefixOnly);

Error tooLarge(qint64 size, qint64 maxBytes, const QString &path)
{
    return Error{ErrorCode::InvalidInput,
                 QStringLiteral("the file is larger (%1) than the limit for an input (%2); raise "
                                "the limit in the settings if it is really meant to be read")
                     .arg(shownSize(size), shownSize(maxBytes)),
                 path};
}

} // namespace

QString shownSize(qint64 bytes)
{
    constexpr qint64 kilo = 1000;
    if (bytes < kilo * kilo)
        return QStringLiteral("%1 KB").arg((bytes + kilo - 1) / kilo);
    if (bytes < kilo * kilo * kilo)
        return QStringLiteral("%1 MB").arg(static_cast<double>(bytes) / 1e6, 0, 'f', 1);
    return QStringLiteral("%1 GB").arg(static_cast<double>(bytes) / 1e9, 0, 'f', 1);
}

Result<QByteArray> readInputFile(const QString &path, qint64 maxBytes)
{
    return readInput(path, maxBytes, false);
}

Result<QByteArray> readInputPrefix(const QString &path, qint64 bytes)
{
    return readInput(path, bytes, true);
}

namespace {

// The reading both share; prefixOnly: stop at maxBytes instead of refusing a longer file.
Result<QByteArray> readInput(const QString &path, qint64 maxBytes, bool prefixOnly)
{
    if (path.isEmpty())
        return unreadable(QStringLiteral("no file was given"), path);
    const QByteArray native = QFile::encodeName(path);
    // stat before open: opening a FIFO blocks until a writer comes, and opening (then closing)
    // an open database file would cost this process its locks on it.
    struct stat before{};
    if (::stat(native.constData(), &before) != 0)
        return fromErrno(errno, path);
    if (auto refused = notRegular(before.st_mode, path))
        return *refused;
    if (DatabaseFiles::isOpenDatabaseFile(path))
        return unreadable(
            QStringLiteral("it is the database Rapporteur has open (or one of its own files)"),
            path);
    if (before.st_size > maxBytes && !prefixOnly)
        return tooLarge(before.st_size, maxBytes, path);

    // O_NONBLOCK: should the path have become a FIFO since the stat, open does not wait.
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0)
        return fromErrno(errno, path);
    struct Closer
    {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    struct stat opened{};
    if (::fstat(fd, &opened) != 0)
        return fromErrno(errno, path);
    if (auto refused = notRegular(opened.st_mode, path))
        return *refused;
    if (DatabaseFiles::isOpenDatabaseFile(opened.st_dev, opened.st_ino)) // swapped in since
        return unreadable(
            QStringLiteral("it is the database Rapporteur has open (or one of its own files)"),
            path);

    // Read to the end, not to the stated size: a file that grows while read is still bounded.
    QByteArray bytes;
    bytes.reserve(static_cast<qsizetype>(opened.st_size));
    char buffer[1 << 16];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return unreadable(QStringLiteral("reading the file failed: %1")
                                  .arg(QString::fromLocal8Bit(std::strerror(errno))),
                              path);
        }
        if (n == 0)
            break;
        if (bytes.size() + n > maxBytes) {
            if (!prefixOnly)
                return tooLarge(bytes.size() + n, maxBytes, path);
            bytes.append(buffer, static_cast<qsizetype>(maxBytes - bytes.size()));
            break;
        }
        bytes.append(buffer, static_cast<qsizetype>(n));
    }
    return bytes;
}

} // namespace

} // namespace Rapporteur
