#include "common/outputfile.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Rapporteur;

namespace {

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool isCharacterDevice(const char *path)
{
    struct stat st{};
    return ::stat(path, &st) == 0 && S_ISCHR(st.st_mode);
}

} // namespace

TEST(OutputFile, WritesANewFileAndReplacesAnOldOneKeepingItsPermissions)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    ASSERT_TRUE(writeOutputFile(path, "first\n"));
    EXPECT_EQ(contentsOf(path), QByteArray("first\n"));
    ASSERT_TRUE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    ASSERT_TRUE(writeOutputFile(path, "second\n"));
    EXPECT_EQ(contentsOf(path), QByteArray("second\n"));
    EXPECT_EQ(QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther),
              QFile::Permissions());
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
              QStringList{QStringLiteral("out.csv")}); // no temporary file left
}

TEST(OutputFile, ReplacesTheFileALinkNamesAndKeepsTheLink)
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("target.json"));
    const QString link = dir.filePath(QStringLiteral("link.json"));
    ASSERT_TRUE(writeOutputFile(target, "old"));
    ASSERT_TRUE(QFile::link(target, link));
    ASSERT_TRUE(writeOutputFile(link, "new"));
    EXPECT_TRUE(QFileInfo(link).isSymLink());
    EXPECT_EQ(contentsOf(target), QByteArray("new"));
}

// Run as root, the old export renamed its temporary file over /dev/full. A device is written
// to as such, and its failure is the export's.
TEST(OutputFile, WritesToADeviceInPlaceAndReportsItsFailure)
{
    const Status full = writeOutputFile(QStringLiteral("/dev/full"), QByteArray(10'000, 'x'));
    ASSERT_FALSE(full);
    EXPECT_TRUE(full.error().userMessage.contains(QStringLiteral("No space left on device")))
        << full.error().userMessage.toStdString();
    EXPECT_TRUE(isCharacterDevice("/dev/full"));
    EXPECT_TRUE(writeOutputFile(QStringLiteral("/dev/null"), "anything"));
    EXPECT_TRUE(isCharacterDevice("/dev/null"));
}

TEST(OutputFile, APipeIsWrittenWhenReadAndRefusedWhenNobodyReads)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fifo"));
    const QByteArray native = QFile::encodeName(path);
    ASSERT_EQ(::mkfifo(native.constData(), 0600), 0);

    const Status unread = writeOutputFile(path, "lost");
    ASSERT_FALSE(unread);
    EXPECT_TRUE(unread.error().userMessage.contains(QStringLiteral("no program is reading")));

    const int reader = ::open(native.constData(), O_RDONLY | O_NONBLOCK);
    ASSERT_GE(reader, 0);
    ASSERT_TRUE(writeOutputFile(path, "through the pipe"));
    char buffer[64] = {};
    const ssize_t n = ::read(reader, buffer, sizeof buffer);
    ::close(reader);
    EXPECT_EQ(QByteArray(buffer, int(n)), QByteArray("through the pipe"));
    struct stat st{};
    ASSERT_EQ(::stat(native.constData(), &st), 0);
    EXPECT_TRUE(S_ISFIFO(st.st_mode));
}

TEST(OutputFile, ADanglingLinkGetsItsFileAndStaysALink)
{
    QTemporaryDir dir;
    const QString link = dir.filePath(QStringLiteral("export.csv"));
    const QString target = dir.filePath(QStringLiteral("exports-target.csv"));
    ASSERT_TRUE(QFile::link(target, link));
    ASSERT_TRUE(writeOutputFile(link, "a,b\n"));
    EXPECT_TRUE(QFileInfo(link).isSymLink());
    EXPECT_EQ(contentsOf(target), QByteArray("a,b\n"));
}

// /dev/stdout is the descriptor the shell set up: down a pipe, or appended to with >>.
TEST(OutputFile, StandardOutputIsTheDescriptorItIs)
{
    int fds[2];
    ASSERT_EQ(::pipe(fds), 0);
    const int saved = ::dup(1);
    ASSERT_GE(saved, 0);
    ASSERT_GE(::dup2(fds[1], 1), 0);
    const Status written = writeOutputFile(QStringLiteral("/dev/stdout"), "down the pipe");
    ::dup2(saved, 1);
    ::close(saved);
    ::close(fds[1]);
    ASSERT_TRUE(written) << written.error().userMessage.toStdString();
    char buffer[64] = {};
    const ssize_t n = ::read(fds[0], buffer, sizeof buffer);
    ::close(fds[0]);
    EXPECT_EQ(QByteArray(buffer, int(n)), QByteArray("down the pipe"));

    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("log.txt"));
    ASSERT_TRUE(writeOutputFile(log, "first\n"));
    const int appending = ::open(QFile::encodeName(log).constData(), O_WRONLY | O_APPEND);
    ASSERT_GE(appending, 0);
    ASSERT_TRUE(writeOutputFile(QStringLiteral("/dev/fd/%1").arg(appending), "second\n"));
    ::close(appending);
    EXPECT_EQ(contentsOf(log), QByteArray("first\nsecond\n"));
}

TEST(OutputFile, RefusesAFolder)
{
    QTemporaryDir dir;
    const Status written = writeOutputFile(dir.path(), "x");
    ASSERT_FALSE(written);
    EXPECT_TRUE(written.error().userMessage.contains(QStringLiteral("it is a folder")));
    EXPECT_TRUE(QFileInfo(dir.path()).isDir());
}

// A write that fails half-way (here: past the file-size limit, as a full disk would) is an error,
// and the file that was there stays as it was.
TEST(OutputFile, AWriteThatFailsHalfWayLeavesTheOldFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("codings.json"));
    ASSERT_TRUE(writeOutputFile(path, "the old export"));

    struct rlimit before{};
    ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &before), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN); // EFBIG instead of a signal
    struct rlimit small = before;
    small.rlim_cur = 4096;
    ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &small), 0);
    const Status written = writeOutputFile(path, QByteArray(7736, 'j'));
    ::setrlimit(RLIMIT_FSIZE, &before);
    std::signal(SIGXFSZ, oldHandler);

    ASSERT_FALSE(written);
    EXPECT_TRUE(written.error().userMessage.startsWith(QStringLiteral("could not write")));
    EXPECT_EQ(contentsOf(path), QByteArray("the old export"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
              QStringList{QStringLiteral("codings.json")});
}
