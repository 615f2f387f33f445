// Nothing in the process opens the database files but SQLite (common/databasefiles.h), and a
// connection knows when the process has lost its locks all the same (Database::holdsItsLocks).
#include "common/databasefiles.h"
#include "common/inputfile.h"
#include "common/outputfile.h"
#include "storage/database.h"
#include "storage/processlocks.h"

#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <fcntl.h>
#include <unistd.h>

using namespace Rapporteur;
using Storage::Database;

TEST(DatabaseFiles, TheOpenDatabaseIsNeitherReadNorWrittenByOtherMeans)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("corpus.sqlite"));
    const QString link = dir.filePath(QStringLiteral("alias.sqlite"));
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(QFile::link(path, link));
    EXPECT_TRUE(DatabaseFiles::isOpenDatabaseFile(path));
    EXPECT_TRUE(DatabaseFiles::isOpenDatabaseFile(link));
    EXPECT_TRUE(DatabaseFiles::isOpenDatabaseFile(path + QStringLiteral("-wal")));
    EXPECT_TRUE(DatabaseFiles::isOpenDatabaseFile(path + QStringLiteral("-shm")));

    for (const QString &file : {path, link, path + QStringLiteral("-wal")}) {
        auto read = readInputFile(file);
        ASSERT_FALSE(read);
        EXPECT_TRUE(read.error().userMessage.contains(QStringLiteral("the database Rapporteur")));
        const Status written = writeOutputFile(file, "a,b\n");
        ASSERT_FALSE(written);
        EXPECT_TRUE(written.error().userMessage.contains(QStringLiteral("the database Rapporteur")));
    }
    // Refusing took no lock away, and the file is still the database.
    EXPECT_TRUE((*db)->holdsItsLocks());
    EXPECT_TRUE((*db)->exec("CREATE TABLE still_here(x)"));

    db = Database::openInMemory(); // closes the file
    EXPECT_FALSE(DatabaseFiles::isOpenDatabaseFile(path));
    EXPECT_TRUE(readInputFile(path));
}

// Closing any other descriptor on the file drops every lock the process holds on it (POSIX);
// the connection sees it before it writes.
TEST(DatabaseFiles, AConnectionKnowsWhenTheProcessLostItsLocks)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("corpus.sqlite"));
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok());
    ASSERT_EQ(Storage::processHoldsLockOn(path + QStringLiteral("-shm")),
              std::optional<bool>(true));
    EXPECT_TRUE((*db)->holdsItsLocks());

    // The file itself, then its index: either loss is seen.
    for (const QString &file : {path, path + QStringLiteral("-shm")}) {
        // Every old connection closes before a new one opens: they would share the lost locks.
        db = Database::openInMemory();
        db = Database::open(path);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE((*db)->holdsItsLocks()) << file.toStdString();
        const int fd = ::open(QFile::encodeName(file).constData(), O_RDONLY);
        ASSERT_GE(fd, 0);
        ::close(fd);
        EXPECT_FALSE((*db)->holdsItsLocks()) << file.toStdString();
    }

    // A connection opened after every old one is closed holds its locks again.
    db = Database::openInMemory();
    auto again = Database::open(path);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE((*again)->holdsItsLocks());
}

// Opened as a database, the -shm would be found not to be one and closed, and with it the
// process's locks on the database: it is refused by name first.
TEST(DatabaseFiles, AFileBesideTheOpenDatabaseIsNotOpenedAsOne)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("corpus.sqlite"));
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok());
    for (const QString &companion : {path + QStringLiteral("-shm"), path + QStringLiteral("-wal")}) {
        auto other = Database::open(companion);
        ASSERT_FALSE(other.ok()) << companion.toStdString();
        EXPECT_TRUE(other.error().userMessage.contains(QStringLiteral("beside the open database")));
    }
    EXPECT_TRUE((*db)->holdsItsLocks());
    auto again = Database::open(path); // the database itself, a second connection: fine
    EXPECT_TRUE(again.ok());
}

// Where the lock table does not show this process's locks (another PID namespace), a lock that
// seems missing would say nothing; here it does show them, or the tests above could not pass.
TEST(ProcessLocks, TheLockTableShowsThisProcessHere)
{
    EXPECT_TRUE(Storage::lockTableShowsThisProcess());
}

TEST(ProcessLocks, AMissingFileHoldsNoLock)
{
    EXPECT_EQ(Storage::processHoldsLockOn(QStringLiteral("/nonexistent/file")),
              std::optional<bool>(false));
}
