// An import never commits on a connection whose process lost SQLite's locks: its write would go
// into a write-ahead log that other programs no longer read (common/databasefiles.h).
#include "storage/database.h"
#include "workflow/importer.h"

#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <fcntl.h>
#include <unistd.h>

using namespace Rapporteur;

TEST(ImportWithoutLocks, IsRefusedAndStoresNothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("corpus.sqlite"));
    auto db = Storage::Database::open(path);
    ASSERT_TRUE(db.ok());
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    ASSERT_GE(fd, 0);
    ::close(fd); // as a file dialog sniffing the file did
    ASSERT_FALSE((*db)->holdsItsLocks());

    NullProgress quiet;
    CancelToken never;
    auto imported = Workflow::importFiles(
        **db, {Workflow::ImportRequest{Rapporteur::Test::fixturePath(QStringLiteral("coding-small.zh.txt")), {}, {}}},
        quiet, never);
    ASSERT_FALSE(imported);
    EXPECT_TRUE(imported.error().userMessage.contains(QStringLiteral("changed under this program")))
        << imported.error().userMessage.toStdString();

    db = Storage::Database::openInMemory(); // every connection closed: the next holds its locks
    auto fresh = Storage::Database::open(path);
    ASSERT_TRUE(fresh.ok());
    ASSERT_TRUE((*fresh)->holdsItsLocks());
    auto stored = Workflow::importFiles(
        **fresh, {Workflow::ImportRequest{Rapporteur::Test::fixturePath(QStringLiteral("coding-small.zh.txt")), {}, {}}},
        quiet, never);
    EXPECT_TRUE(stored) << stored.error().userMessage.toStdString();
}
