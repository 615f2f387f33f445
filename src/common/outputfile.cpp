#include "outputfile.h"

#include "databasefiles.h"
#include "shownpath.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <optional>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Rapporteur {

namespace {

QString reason(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

Error cannotWrite(const QString &path, const QString &why)
{
    return Error{ErrorCode::UnreadableFile,
                 QStringLiteral("could not write “%1”: %2").arg(shownPath(path), why), path};
}

Error refused(const QString &path, const QString &why)
{
    return Error{ErrorCode::InvalidInput,
                 QStringLiteral("will not write “%1”: %2").arg(shownPath(path), why), path};
}

// Writes all of bytes to fd; false with errno set on a failed or short write.
bool writeAll(int fd, const QByteArray &bytes)
{
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, static_cast<size_t>(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        if (n == 0) {
            errno = EIO;
            return false;
        }
        data += n;
        left -= n;
    }
    return true;
}

// A character device or a pipe: written to in place. O_NONBLOCK on open makes a pipe without a
// reader fail with ENXIO instead of waiting for one; writes then block as usual.
Status writeInPlace(const QString &path, const QByteArray &bytes)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0) {
        return cannotWrite(path, errno == ENXIO ? QStringLiteral("no program is reading the pipe")
                                                : reason(errno));
    }
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0)
        ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    const bool written = writeAll(fd, bytes);
    const int writeError = errno;
    if (::close(fd) != 0 && written)
        return cannotWrite(path, reason(errno));
    if (!written)
        return cannotWrite(path, reason(writeError));
    return success();
}

// A regular file (or none yet): a temporary file beside it, renamed over it when complete.
Status replaceWhole(const QString &path, const QByteArray &bytes, const struct stat *existing)
{
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    QString temporary;
    int fd = -1;
    for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
        temporary = QStringLiteral("%1/.%2.%3.tmp")
                        .arg(folder, info.fileName())
                        .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        fd = ::open(QFile::encodeName(temporary).constData(),
                    O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOCTTY, 0666);
        if (fd < 0 && errno != EEXIST)
            return cannotWrite(path, reason(errno));
    }
    if (fd < 0)
        return cannotWrite(path, QStringLiteral("no temporary file could be made beside it"));
    const QByteArray nativeTemporary = QFile::encodeName(temporary);
    auto fail = [&](int error) {
        ::close(fd);
        ::unlink(nativeTemporary.constData());
        return cannotWrite(path, reason(error));
    };
    // The replacement keeps the permissions the file had.
    if (existing && ::fchmod(fd, existing->st_mode & 07777) != 0)
        return fail(errno);
    if (!writeAll(fd, bytes))
        return fail(errno);
    if (::fsync(fd) != 0 && errno != EINVAL && errno != EROFS)
        return fail(errno);
    if (::close(fd) != 0) {
        const int error = errno;
        ::unlink(nativeTemporary.constData());
        return cannotWrite(path, reason(error));
    }
    if (::rename(nativeTemporary.constData(), QFile::encodeName(path).constData()) != 0) {
        const int error = errno;
        ::unlink(nativeTemporary.constData());
        return cannotWrite(path, reason(error));
    }
    return success();
}

// The descriptor a path names when it is one the program was given: /dev/stdout, /dev/stderr,
// /dev/fd/N, /proc/self/fd/N. Written to as the descriptor it is, so that `--out /dev/stdout`
// goes down a pipe and appends to a file opened with >>, as the shell set it up.
std::optional<int> inheritedDescriptor(const QString &path)
{
    if (path == QLatin1String("/dev/stdout"))
        return 1;
    if (path == QLatin1String("/dev/stderr"))
        return 2;
    for (const QLatin1String prefix : {QLatin1String("/dev/fd/"), QLatin1String("/proc/self/fd/")}) {
        if (!path.startsWith(prefix))
            continue;
        bool ok = false;
        const int fd = path.mid(prefix.size()).toInt(&ok);
        if (ok && fd >= 0)
            return fd;
    }
    return std::nullopt;
}

Status writeToDescriptor(int fd, const QString &path, const QByteArray &bytes)
{
    if (!writeAll(fd, bytes))
        return cannotWrite(path, reason(errno));
    return success();
}

} // namespace

Status writeOutputFile(const QString &given, const QByteArray &bytes)
{
    if (given.isEmpty())
        return refused(given, QStringLiteral("no file was given"));
    if (DatabaseFiles::isOpenDatabaseFile(given))
        return refused(given, QStringLiteral("it is the database Rapporteur has open"));
    if (const auto fd = inheritedDescriptor(given))
        return writeToDescriptor(*fd, given, bytes);
    // Follow a symbolic link to the file it names (or would name, when dangling), so that the
    // link survives the replacement.
    const QFileInfo info(given);
    QString path = given;
    if (info.isSymLink()) {
        const QString target = info.exists() ? info.canonicalFilePath() : info.symLinkTarget();
        if (!target.isEmpty())
            path = target;
    }

    struct stat st{};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        if (errno == ENOENT)
            return replaceWhole(path, bytes, nullptr);
        return cannotWrite(path, reason(errno));
    }
    if (S_ISREG(st.st_mode))
        return replaceWhole(path, bytes, &st);
    if (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode))
        return writeInPlace(path, bytes);
    if (S_ISDIR(st.st_mode))
        return refused(path, QStringLiteral("it is a folder"));
    if (S_ISBLK(st.st_mode))
        return refused(path, QStringLiteral("it is a disk device"));
    return refused(path, QStringLiteral("it is not a regular file"));
}

} // namespace Rapporteur
