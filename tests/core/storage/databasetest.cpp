#include "storagetestsupport.h"
#include "testsupport.h"

#include "storage/corpusrepository.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <latch>
#include <thread>
#include <vector>

#include <grp.h>
#include <unistd.h>

using namespace Rapporteur;
using namespace Rapporteur::Storage;
using namespace Rapporteur::Test;

namespace {

class DatabaseTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString path(const QString &name = QStringLiteral("corpus.sqlite")) const
    {
        return m_dir.filePath(name);
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(DatabaseTest, OpenCreatesFileAndFolderAndAppliesAllMigrations)
{
    const QString file = path(QStringLiteral("nested/folder/corpus.sqlite"));
    auto db = Database::open(file);
    ASSERT_TRUE(db.ok()) << db.error().detail.toStdString();

    EXPECT_TRUE(QFileInfo::exists(file));
    EXPECT_GE(Database::knownSchemaVersion(), 1);
    EXPECT_EQ((*db)->schemaVersion(), Database::knownSchemaVersion());
    EXPECT_EQ(queryValue(**db, "PRAGMA user_version"),
              QString::number(Database::knownSchemaVersion()));
    EXPECT_FALSE((*db)->isReadOnly());
    EXPECT_FALSE((*db)->readOnlyReason().has_value());
    EXPECT_NE((*db)->handle(), nullptr);
}

TEST_F(DatabaseTest, ConnectionHasForeignKeysWalAndBusyTimeout)
{
    auto db = Database::open(path());
    ASSERT_TRUE(db.ok()) << db.error().detail.toStdString();

    EXPECT_EQ(queryValue(**db, "PRAGMA foreign_keys"), QStringLiteral("1"));
    EXPECT_EQ(queryValue(**db, "PRAGMA journal_mode"), QStringLiteral("wal"));
    EXPECT_EQ(queryValue(**db, "PRAGMA busy_timeout"), QStringLiteral("5000"));
}

// Several connections creating one new file at once (two programs started together, or the GUI's
// readers and its writer) all get a migrated database. Converting a new file to WAL needs it to
// itself, and SQLite does not wait for that on its own.
TEST_F(DatabaseTest, ConnectionsCreatingOneNewFileAtOnceAllSucceed)
{
    constexpr int kConnections = 6;
    for (int round = 0; round < 16; ++round) {
        const QString file = path(QStringLiteral("new-%1.sqlite").arg(round));
        std::latch start(kConnections);
        std::vector<QString> failures(kConnections);
        std::vector<std::thread> openers;
        for (int i = 0; i < kConnections; ++i) {
            openers.emplace_back([&, i] {
                start.arrive_and_wait();
                auto db = Database::open(file);
                if (!db)
                    failures[i] = db.error().userMessage + QLatin1Char(' ') + db.error().detail;
                else if ((*db)->schemaVersion() != Database::knownSchemaVersion())
                    failures[i] = QStringLiteral("not migrated");
            });
        }
        for (std::thread &opener : openers)
            opener.join();
        for (const QString &failure : failures)
            EXPECT_TRUE(failure.isEmpty()) << "round " << round << ": " << failure.toStdString();
    }
}

// Large imports stay linear only with these two (docs/performance.md, "Large text imports"): a
// 16 MB page cache per connection, and full-text indexes that gather 16 MB of tokens per segment.
TEST_F(DatabaseTest, ConnectionAndIndexesAreSizedForLargeImports)
{
    auto db = Database::open(path());
    ASSERT_TRUE(db.ok()) << db.error().detail.toStdString();

    EXPECT_EQ(queryValue(**db, "PRAGMA cache_size"), QStringLiteral("-16384"));
    EXPECT_EQ(queryValue(**db, "SELECT v FROM paragraph_fts_config WHERE k = 'hashsize'"),
              QStringLiteral("16777216"));
    EXPECT_EQ(queryValue(**db, "SELECT v FROM footnote_fts_config WHERE k = 'hashsize'"),
              QStringLiteral("16777216"));
    EXPECT_EQ(queryValue(**db, "SELECT v FROM table_cell_fts_config WHERE k = 'hashsize'"),
              QStringLiteral("16777216"));
}

TEST_F(DatabaseTest, ReopeningKeepsDataAndSchemaVersion)
{
    {
        auto db = Database::open(path());
        ASSERT_TRUE(db.ok()) << db.error().detail.toStdString();
        ASSERT_TRUE((*db)->exec("INSERT INTO entity (code, kind) VALUES ('FRA', 'member_state')"));
    }
    auto db = Database::open(path());
    ASSERT_TRUE(db.ok()) << db.error().detail.toStdString();
    EXPECT_EQ((*db)->schemaVersion(), Database::knownSchemaVersion());
    EXPECT_EQ(queryValue(**db, "SELECT code FROM entity"), QStringLiteral("FRA"));
}

TEST_F(DatabaseTest, InMemoryDatabaseIsMigrated)
{
    auto db = Database::openInMemory();
    ASSERT_TRUE(db.ok()) << db.error().detail.toStdString();
    EXPECT_EQ((*db)->schemaVersion(), Database::knownSchemaVersion());
    EXPECT_EQ(queryValue(**db, "SELECT count(*) FROM document"), QStringLiteral("0"));
}

TEST_F(DatabaseTest, NewerSchemaOpensReadOnlyWithClearMessage)
{
    {
        auto db = Database::open(path());
        ASSERT_TRUE(db.ok()) << db.error().detail.toStdString();
    }
    const QByteArray newer =
        "PRAGMA user_version = " + QByteArray::number(Database::knownSchemaVersion() + 1);
    ASSERT_TRUE(execRaw(path(), newer.constData()));

    auto db = Database::open(path());
    ASSERT_TRUE(db.ok()) << db.error().detail.toStdString();
    EXPECT_TRUE((*db)->isReadOnly());
    EXPECT_EQ((*db)->schemaVersion(), Database::knownSchemaVersion() + 1);
    ASSERT_TRUE((*db)->readOnlyReason().has_value());
    const Error &reason = *(*db)->readOnlyReason();
    EXPECT_EQ(reason.code, ErrorCode::Database);
    EXPECT_TRUE(reason.userMessage.contains(QStringLiteral("newer version of Rapporteur")))
        << reason.userMessage.toStdString();
    EXPECT_TRUE(reason.userMessage.contains(QStringLiteral("read-only")));
    EXPECT_TRUE(reason.userMessage.contains(QDir::toNativeSeparators(path())));

    // Reading works; writing is refused, by SQLite and by the repository with the same message.
    EXPECT_EQ(queryValue(**db, "SELECT count(*) FROM document"), QStringLiteral("0"));
    EXPECT_FALSE((*db)->exec("CREATE TABLE later_feature (x)"));
    CorpusRepository repository(**db);
    EXPECT_TRUE(repository.documents().ok());
    auto stored =
        repository.storeDocument(sampleDocument(), {}, QStringLiteral("h"), sampleEntities());
    ASSERT_FALSE(stored.ok());
    EXPECT_EQ(stored.error().userMessage, reason.userMessage);
}

TEST_F(DatabaseTest, WriteProtectedFileOpensReadOnly)
{
    {
        auto db = Database::open(path());
        ASSERT_TRUE(db.ok()) << db.error().detail.toStdString();
    }
    // Root ignores file permissions, so the check runs in a child process that gives up root
    // for an unprivileged user first; it therefore runs the same way on a developer's machine
    // and in CI (which runs as root). The folder stays writable: SQLite puts the WAL index beside
    // the file.
    ASSERT_TRUE(
        QFile::setPermissions(path(), QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    ASSERT_TRUE(QFile::setPermissions(QFileInfo(path()).absolutePath(),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                          QFile::ReadOther | QFile::WriteOther | QFile::ExeOther));
    EXPECT_EXIT(
        {
            // Groups first: a process still in group root would get the group's rights.
            if (::geteuid() == 0 &&
                (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0))
                std::_Exit(3);
            auto db = Database::open(path());
            if (!db.ok())
                std::fprintf(stderr, "%s | %s\n", qPrintable(db.error().userMessage),
                             qPrintable(db.error().detail));
            const bool readOnly =
                db.ok() && (*db)->isReadOnly() && (*db)->readOnlyReason().has_value() &&
                (*db)->readOnlyReason()->userMessage.contains(
                    QStringLiteral("cannot be written")) &&
                queryValue(**db, "SELECT count(*) FROM document") == QStringLiteral("0");
            std::_Exit(readOnly ? 0 : 1);
        },
        ::testing::ExitedWithCode(0), "");
}

TEST_F(DatabaseTest, FileThatIsNotADatabaseIsRefusedAndLeftAlone)
{
    const QByteArray text = QByteArray("This is a memo, not a database.\n").repeated(64);
    {
        QFile file(path(QStringLiteral("memo.sqlite")));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(text);
    }
    auto db = Database::open(path(QStringLiteral("memo.sqlite")));
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::Database);
    EXPECT_TRUE(db.error().userMessage.contains(
        QDir::toNativeSeparators(path(QStringLiteral("memo.sqlite")))))
        << db.error().userMessage.toStdString();
    EXPECT_TRUE(db.error().userMessage.contains(QStringLiteral("not a Rapporteur database")));
    EXPECT_EQ(db.error().file, path(QStringLiteral("memo.sqlite")));
    EXPECT_FALSE(db.error().detail.isEmpty());
    EXPECT_EQ(fileBytes(path(QStringLiteral("memo.sqlite"))), text);
}

TEST_F(DatabaseTest, SqliteDatabaseOfAnotherProgramIsRefusedAndLeftAlone)
{
    ASSERT_TRUE(execRaw(path(), "CREATE TABLE contacts (name TEXT); "
                                "INSERT INTO contacts VALUES ('Ada')"));
    const QByteArray before = fileBytes(path());

    auto db = Database::open(path());
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::Database);
    EXPECT_TRUE(db.error().userMessage.contains(QStringLiteral("another program")))
        << db.error().userMessage.toStdString();
    EXPECT_EQ(fileBytes(path()), before);
}

TEST_F(DatabaseTest, FolderInsteadOfFileIsRefused)
{
    auto db = Database::open(m_dir.path());
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::UnreadableFile);
    EXPECT_TRUE(db.error().userMessage.contains(QDir::toNativeSeparators(m_dir.path())));
}

TEST_F(DatabaseTest, ExecReportsSqliteMessageAsDetail)
{
    auto db = Database::openInMemory();
    ASSERT_TRUE(db.ok()) << db.error().detail.toStdString();
    const Status status = (*db)->exec("INSERT INTO no_such_table VALUES (1)");
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, ErrorCode::Database);
    EXPECT_FALSE(status.error().userMessage.isEmpty());
    EXPECT_TRUE(status.error().detail.contains(QStringLiteral("no such table")))
        << status.error().detail.toStdString();
}

TEST_F(DatabaseTest, SchemaRefusesDanglingReferences)
{
    auto db = Database::openInMemory();
    ASSERT_TRUE(db.ok()) << db.error().detail.toStdString();
    const Status status =
        (*db)->exec("INSERT INTO paragraph (document_id, ordinal, key, kind, text) "
                    "VALUES (42, 0, 'k#0', 'body', 'orphan')");
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.error().detail.contains(QStringLiteral("FOREIGN KEY")))
        << status.error().detail.toStdString();
}

TEST_F(DatabaseTest, DatabaseCreatedAtVersion1IsUpgradedKeepingItsData)
{
    // A corpus as the first release wrote it: migration 0001 only, with a document in it.
    QFile initial(QStringLiteral(":/storage/migrations/0001_initial.sql"));
    ASSERT_TRUE(initial.open(QIODevice::ReadOnly));
    ASSERT_TRUE(execRaw(path(), initial.readAll().constData()));
    ASSERT_TRUE(execRaw(path(), "INSERT INTO document (symbol, content_hash, imported_at) "
                                "VALUES ('A/77/96', 'h', '2024-01-01T00:00:00Z'); "
                                "INSERT INTO paragraph (document_id, ordinal, key, kind, text) "
                                "VALUES (1, 0, 'k#0', 'body', '正文。'); "
                                "PRAGMA user_version = 1"));

    auto db = Database::open(path());
    ASSERT_TRUE(db.ok()) << db.error().detail.toStdString();
    ASSERT_GE(Database::knownSchemaVersion(), 2);
    EXPECT_EQ((*db)->schemaVersion(), Database::knownSchemaVersion());
    EXPECT_EQ(queryValue(**db, "PRAGMA user_version"),
              QString::number(Database::knownSchemaVersion()));
    EXPECT_EQ(queryValue(**db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name "
                               "IN ('vote', 'vote_entry', 'vote_note', 'sponsor', "
                               "'resolution_paragraph')"),
              QStringLiteral("5"));
    EXPECT_EQ(queryValue(**db, "SELECT symbol FROM document"), QStringLiteral("A/77/96"));
    EXPECT_EQ(queryValue(**db, "SELECT text FROM paragraph"), QStringLiteral("正文。"));
    EXPECT_EQ(queryValue(**db, "PRAGMA foreign_keys"), QStringLiteral("1"));
    // The new tables take rows that point at the old ones.
    EXPECT_TRUE((*db)
                    ->exec("INSERT INTO resolution_paragraph (document_id, ordinal, operative, "
                           "number, paragraph_id) VALUES (1, 0, 1, 1, 1)")
                    .ok());
}

// Migration 0016: the codes made before it without a colour take the palette's colours in turn,
// in the order they were made; a code with its own colour keeps it.
TEST_F(DatabaseTest, CodesWithoutAColourAreGivenOnesInTheOrderTheyWereMade)
{
    {
        auto db = Database::open(path());
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE((*db)
                        ->exec("INSERT INTO code (name, colour, guid, created_at) VALUES "
                               "('a', NULL, 'g1', '2024-01-01T00:00:00Z'), "
                               "('b', '#123456', 'g2', '2024-01-01T00:00:00Z'), "
                               "('c', NULL, 'g3', '2024-01-01T00:00:00Z'); "
                               "PRAGMA user_version = 15")
                        .ok());
    }
    auto db = Database::open(path());
    ASSERT_TRUE(db.ok()) << db.error().detail.toStdString();
    EXPECT_EQ(queryValue(**db, "SELECT group_concat(colour, ' ') FROM (SELECT colour FROM code "
                               "ORDER BY id)"),
              QStringLiteral("#e6194b #123456 #3cb44b"));
}
