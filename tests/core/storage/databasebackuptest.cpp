// backupDatabase on real files: the copy has the same content and is one checked file; it is
// made while another connection holds a write transaction or keeps committing; and what must
// not be replaced (the database itself, its journals, a folder, a device) is refused.
#include "storagetestsupport.h"
#include "testsupport.h"

#include "storage/corpusrepository.h"
#include "storage/database.h"
#include "storage/databasebackup.h"
#include "storage/databasecheck.h"
#include "storage/statement.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <memory>
#include <thread>

#include <unistd.h>

using namespace Rapporteur;
using namespace Rapporteur::Storage;
using namespace Rapporteur::Test;

namespace {

// Stops a writer thread and waits for it, when called and at the latest when it goes out of scope.
struct StopAndJoin
{
    std::atomic_bool &stop;
    std::thread &thread;
    void operator()() const
    {
        stop = true;
        if (thread.joinable())
            thread.join();
    }
    ~StopAndJoin() { (*this)(); }
};

class DatabaseBackupTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto db = Database::open(path());
        ASSERT_TRUE(db.ok()) << db.error().detail.toStdString();
        m_db = std::move(db).value();
        auto stored = CorpusRepository(*m_db).storeDocument(sampleDocument(),
                                                            QStringLiteral("/corpus/A_77_96.pdf"),
                                                            QStringLiteral("h"), sampleEntities());
        ASSERT_TRUE(stored.ok()) << stored.error().detail.toStdString();
    }
    QString path(const QString &name = QStringLiteral("corpus.sqlite")) const
    {
        return m_dir.filePath(name);
    }
    // Makes the database a few MiB, so that a copy takes many steps.
    void addBallast()
    {
        ASSERT_TRUE(
            m_db->exec("CREATE TABLE ballast (b BLOB); "
                       "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                       "WHERE i < 2000) INSERT INTO ballast SELECT randomblob(3000) FROM n"));
    }
    std::unique_ptr<Database> openCopy(const QString &file)
    {
        auto copy = Database::open(file);
        EXPECT_TRUE(copy.ok()) << copy.error().detail.toStdString();
        return copy.ok() ? std::move(copy).value() : nullptr;
    }
    // Refused, with the file and the database left as they were.
    void expectRefused(const QString &destination, const QString &words)
    {
        const QStringList before = dumpDatabase(*m_db);
        const QStringList files = QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden);
        auto done = backupDatabase(*m_db, destination);
        ASSERT_FALSE(done.ok()) << destination.toStdString();
        EXPECT_TRUE(done.error().userMessage.contains(words))
            << done.error().userMessage.toStdString();
        EXPECT_FALSE(done.error().userMessage.contains(u'\n'));
        EXPECT_EQ(dumpDatabase(*m_db), before);
        EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden), files);
        auto report = checkDatabase(*m_db);
        ASSERT_TRUE(report.ok());
        EXPECT_TRUE(report->sound());
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

} // namespace

TEST_F(DatabaseBackupTest, CopyHasTheSameContentIsSoundAndIsOneFile)
{
    auto done = backupDatabase(*m_db, path(QStringLiteral("copy.sqlite")));
    ASSERT_TRUE(done.ok()) << done.error().detail.toStdString();
    EXPECT_EQ(done->destination, path(QStringLiteral("copy.sqlite")));
    EXPECT_GT(done->pages, 0);
    EXPECT_EQ(done->bytes, QFile(path(QStringLiteral("copy.sqlite"))).size());
    // No temporary file and no journal of the copy left behind.
    EXPECT_EQ(
        QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden),
        (QStringList{QStringLiteral("copy.sqlite"), QStringLiteral("corpus.sqlite"),
                     QStringLiteral("corpus.sqlite-shm"), QStringLiteral("corpus.sqlite-wal")}));
    // A rollback-journal file, complete without a -wal beside it.
    EXPECT_EQ(fileBytes(path(QStringLiteral("copy.sqlite"))).mid(18, 2), QByteArray("\x01\x01", 2));

    auto copy = openCopy(path(QStringLiteral("copy.sqlite")));
    ASSERT_TRUE(copy);
    EXPECT_EQ(dumpDatabase(*copy), dumpDatabase(*m_db));
    auto report = checkDatabase(*copy);
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->sound());
}

TEST_F(DatabaseBackupTest, ReplacesAnOlderBackupAndFollowsALink)
{
    const QString older = path(QStringLiteral("older.sqlite"));
    {
        QFile file(older);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("an older backup");
    }
    ASSERT_EQ(
        ::symlink(older.toUtf8().constData(), path(QStringLiteral("latest")).toUtf8().constData()),
        0);
    auto done = backupDatabase(*m_db, path(QStringLiteral("latest")));
    ASSERT_TRUE(done.ok()) << done.error().detail.toStdString();
    EXPECT_EQ(done->destination, older);
    EXPECT_EQ(QFile::symLinkTarget(path(QStringLiteral("latest"))), older);
    auto copy = openCopy(older);
    ASSERT_TRUE(copy);
    EXPECT_EQ(dumpDatabase(*copy), dumpDatabase(*m_db));
}

TEST_F(DatabaseBackupTest, RefusesTheDatabaseItselfByAnyName)
{
    expectRefused(path(), QStringLiteral("the database itself"));
    ASSERT_EQ(
        ::symlink(path().toUtf8().constData(), path(QStringLiteral("alias")).toUtf8().constData()),
        0);
    expectRefused(path(QStringLiteral("alias")), QStringLiteral("the database itself"));
    ASSERT_EQ(
        ::link(path().toUtf8().constData(), path(QStringLiteral("hard")).toUtf8().constData()), 0);
    expectRefused(path(QStringLiteral("hard")), QStringLiteral("the database itself"));
    expectRefused(path(QStringLiteral("corpus.sqlite-wal")), QStringLiteral("journal file"));
    expectRefused(m_dir.path() + QStringLiteral("/./corpus.sqlite"),
                  QStringLiteral("the database itself"));
}

TEST_F(DatabaseBackupTest, RefusesAFolderADeviceAndADatabaseInUse)
{
    expectRefused(m_dir.path(), QStringLiteral("is a folder"));
    expectRefused(QStringLiteral("/dev/null"), QStringLiteral("not a regular file"));
    expectRefused(path(QStringLiteral("no/such/folder/copy.sqlite")),
                  QStringLiteral("does not exist"));
    // Another database this process has open.
    {
        auto other = Database::open(path(QStringLiteral("other.sqlite")));
        ASSERT_TRUE(other.ok());
        expectRefused(path(QStringLiteral("other.sqlite")), QStringLiteral("open in Rapporteur"));
    }
    // A file with a write-ahead log beside it (another program's, or left by a crash): the log
    // would join the copy once the copy took the name.
    for (const QString &name :
         {QStringLiteral("stale.sqlite"), QStringLiteral("stale.sqlite-wal")}) {
        QFile file(path(name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("x");
    }
    expectRefused(path(QStringLiteral("stale.sqlite")), QStringLiteral("-wal file beside it"));
}

TEST_F(DatabaseBackupTest, CopiesWhileAnotherConnectionHoldsAnOpenWriteTransaction)
{
    auto writer = Database::open(path());
    ASSERT_TRUE(writer.ok());
    ASSERT_TRUE((*writer)->exec("BEGIN IMMEDIATE"));
    ASSERT_TRUE((*writer)->exec("INSERT INTO memo (target_kind, target_id, text, updated_at) "
                                "VALUES ('document', 1, 'not yet committed', '2024-01-01')"));
    QElapsedTimer timer;
    timer.start();
    auto done = backupDatabase(*m_db, path(QStringLiteral("copy.sqlite")));
    // Well under the busy timeout (5 s): the copy never waited for the writer.
    EXPECT_LT(timer.elapsed(), 2000);
    ASSERT_TRUE(done.ok()) << done.error().detail.toStdString();
    ASSERT_TRUE((*writer)->exec("COMMIT"));

    auto copy = openCopy(path(QStringLiteral("copy.sqlite")));
    ASSERT_TRUE(copy);
    EXPECT_EQ(queryValue(*copy, "SELECT count(*) FROM memo"), QStringLiteral("0"));
    EXPECT_EQ(queryValue(*copy, "SELECT count(*) FROM paragraph"),
              queryValue(*m_db, "SELECT count(*) FROM paragraph"));
}

TEST_F(DatabaseBackupTest, WriterKeepsCommittingWhileCopiesAreMadeAndEachCopyIsASnapshot)
{
    addBallast();
    std::atomic_bool stop{false};
    std::atomic<qint64> commits{0};
    std::atomic<qint64> slowestCommitMs{0};
    std::atomic_bool writerFailed{false};
    std::thread writer([&] {
        auto db = Database::open(path());
        if (!db) {
            writerFailed = true;
            return;
        }
        for (qint64 i = 0; !stop.load(); ++i) {
            QElapsedTimer timer;
            timer.start();
            auto insert = Statement::prepare(
                **db, "INSERT INTO memo (target_kind, target_id, text, updated_at) "
                      "VALUES ('document', ?1, 'written during the backup', '2024-01-01')");
            if (!insert || !insert->bind(1, i + 100).run()) {
                writerFailed = true;
                return;
            }
            commits.fetch_add(1);
            slowestCommitMs.store(std::max(slowestCommitMs.load(), timer.elapsed()));
        }
    });
    const StopAndJoin stopWriter{stop, writer}; // however the test leaves (an ASSERT returns)
    for (int round = 0; round < 3; ++round) {
        const QString file = path(QStringLiteral("copy%1.sqlite").arg(round));
        auto done = backupDatabase(*m_db, file);
        ASSERT_TRUE(done.ok()) << done.error().detail.toStdString();
        auto copy = openCopy(file);
        ASSERT_TRUE(copy);
        auto report = checkDatabase(*copy);
        ASSERT_TRUE(report.ok());
        EXPECT_TRUE(report->sound());
        // A snapshot: memo ids 100, 101, ... with none missing before the last one copied.
        EXPECT_EQ(queryValue(*copy, "SELECT count(*) = ifnull(max(target_id) - 99, 0) FROM memo"),
                  QStringLiteral("1"));
    }
    stopWriter();
    EXPECT_FALSE(writerFailed.load());
    EXPECT_GT(commits.load(), 10);
    EXPECT_LT(slowestCommitMs.load(), 1000);
}
