#include "common/inputfile.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace Rapporteur;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

} // namespace

TEST(InputFile, ReadsARegularFileWhole)
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("a.txt"), "第一段。\n");
    auto bytes = readInputFile(path);
    ASSERT_TRUE(bytes) << bytes.error().userMessage.toStdString();
    EXPECT_EQ(*bytes, QByteArray("第一段。\n"));
}

// A FIFO with no writer would block open() forever; it is refused after a stat(), unopened.
TEST(InputFile, RefusesAPipeWithoutWaitingForAWriter)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fifo"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    auto bytes = readInputFile(path);
    ASSERT_FALSE(bytes);
    EXPECT_EQ(bytes.error().code, ErrorCode::UnreadableFile);
    EXPECT_EQ(bytes.error().userMessage, QStringLiteral("it is a pipe, not a file"));
}

// /dev/zero and /dev/urandom never end: devices are refused before a byte is read.
TEST(InputFile, RefusesDevices)
{
    for (const char *device : {"/dev/zero", "/dev/urandom", "/dev/null"}) {
        auto bytes = readInputFile(QString::fromLatin1(device));
        ASSERT_FALSE(bytes) << device;
        EXPECT_EQ(bytes.error().userMessage, QStringLiteral("it is a device, not a file"));
    }
}

TEST(InputFile, RefusesAFileOverTheLimitWithItsSize)
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("big.txt"), QByteArray(2'500'000, 'x'));
    auto bytes = readInputFile(path, 1'000'000);
    ASSERT_FALSE(bytes);
    EXPECT_EQ(bytes.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(bytes.error().userMessage.contains(QStringLiteral("2.5 MB")))
        << bytes.error().userMessage.toStdString();
    EXPECT_TRUE(bytes.error().userMessage.contains(QStringLiteral("1.0 MB")));
    EXPECT_TRUE(readInputFile(path, 2'500'000));
}

TEST(InputFile, SaysWhatIsWrongWithThePath)
{
    QTemporaryDir dir;
    EXPECT_EQ(readInputFile(dir.filePath(QStringLiteral("missing"))).error().userMessage,
              QStringLiteral("no such file"));
    EXPECT_EQ(readInputFile(dir.path()).error().userMessage,
              QStringLiteral("it is a directory, not a file"));
    const QString loop = dir.filePath(QStringLiteral("loop"));
    ASSERT_TRUE(QFile::link(loop, loop));
    EXPECT_EQ(readInputFile(loop).error().userMessage,
              QStringLiteral("the path is a loop of symbolic links"));
    const QString file = writeFile(dir, QStringLiteral("f"), "x");
    EXPECT_EQ(readInputFile(file + QStringLiteral("/below")).error().userMessage,
              QStringLiteral("a part of the path is not a folder"));
}

TEST(InputFile, APrefixIsReadWithTheSameChecks)
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("big.pdf"), "%PDF-1.7" + QByteArray(5000, 'x'));
    auto prefix = readInputPrefix(path, 1024);
    ASSERT_TRUE(prefix);
    EXPECT_EQ(prefix->size(), 1024);
    EXPECT_TRUE(prefix->startsWith("%PDF-1.7"));
    EXPECT_EQ(readInputPrefix(QStringLiteral("/dev/zero"), 1024).error().userMessage,
              QStringLiteral("it is a device, not a file"));
}

TEST(InputFile, ShownSizes)
{
    EXPECT_EQ(shownSize(12'345), QStringLiteral("13 KB"));
    EXPECT_EQ(shownSize(300'000'000), QStringLiteral("300.0 MB"));
    EXPECT_EQ(shownSize(1'500'000'000), QStringLiteral("1.5 GB"));
}
