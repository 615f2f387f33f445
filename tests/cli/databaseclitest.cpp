// check and backup as scripts use them, on the sample database and on copies of it damaged on
// purpose (through a plain SQLite connection, as another program or a bad disk would).
#include "clisamples.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sqlite3.h>

using namespace Rapporteur;

namespace {

using Test::CliResult;
using Test::runCli;

class DatabaseCli : public Test::CliOnSamples
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    // A copy of the sample database (closed by the CLI runs, so one file), to damage.
    QString copyOfSamples()
    {
        const QString copy = m_dir.filePath(QStringLiteral("damaged.sqlite"));
        EXPECT_TRUE(QFile::copy(databasePath(), copy));
        return copy;
    }
    QTemporaryDir m_dir;
};

// Runs SQL through a plain connection: no tokenizer, no foreign keys.
bool execRaw(const QString &path, const char *sql)
{
    sqlite3 *handle = nullptr;
    bool ok = sqlite3_open(path.toUtf8().constData(), &handle) == SQLITE_OK &&
              sqlite3_exec(handle, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(handle);
    return ok;
}

QStringList lines(const QByteArray &out)
{
    return QString::fromUtf8(out).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

TEST_F(DatabaseCli, CheckOnASoundDatabaseSaysSoAndExitsZero)
{
    const CliResult r = run({QStringLiteral("check")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(lines(r.out), QStringList{QStringLiteral("The database is sound.")});
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();

    const QJsonObject report = json({QStringLiteral("check"), QStringLiteral("--json")}).object();
    EXPECT_TRUE(report.value(QStringLiteral("sound")).toBool());
    EXPECT_EQ(report.value(QStringLiteral("problems")).toArray().size(), 0);
    EXPECT_EQ(report.value(QStringLiteral("checked")).toArray().toVariantList(),
              (QVariantList{QStringLiteral("integrity_check"), QStringLiteral("foreign_key_check"),
                            QStringLiteral("footnote_fts"), QStringLiteral("paragraph_fts"),
                            QStringLiteral("table_cell_fts")}));
}

TEST_F(DatabaseCli, CheckReportsDamageInWordsAndExitsTwo)
{
    const QString damaged = copyOfSamples();
    // Tokens gone from the index's shadow table, and a coding of a code that does not exist.
    ASSERT_TRUE(execRaw(damaged, "DELETE FROM paragraph_fts_data WHERE id > 10; "
                                 "INSERT INTO coding (guid, code_id, paragraph_id, document_id, "
                                 "document_symbol, start_offset, end_offset, quote, coder, "
                                 "created_at) VALUES ('g-1', 999, 1, 1, 'A/77/96', 0, 2, '答复', "
                                 "'tester', '2024-01-01T00:00:00Z')"));
    const CliResult r = runCli(damaged, {QStringLiteral("check")});
    EXPECT_EQ(r.exitCode, 2);
    const QStringList out = lines(r.out);
    ASSERT_EQ(out.size(), 3) << r.out.toStdString();
    EXPECT_EQ(out[0],
              QStringLiteral("Row 1 of coding refers to a row of code that does not exist."));
    EXPECT_TRUE(out[1].startsWith(QStringLiteral("The search index of paragraph text")))
        << out[1].toStdString();
    EXPECT_EQ(out[2], QStringLiteral("2 problems found."));

    const CliResult asJson = runCli(damaged, {QStringLiteral("check"), QStringLiteral("--json")});
    EXPECT_EQ(asJson.exitCode, 2);
    const QJsonObject report = QJsonDocument::fromJson(asJson.out).object();
    EXPECT_FALSE(report.value(QStringLiteral("sound")).toBool(true));
    const QJsonArray problems = report.value(QStringLiteral("problems")).toArray();
    ASSERT_EQ(problems.size(), 2);
    EXPECT_EQ(problems[0].toObject().value(QStringLiteral("check")).toString(),
              QStringLiteral("foreign_keys"));
    EXPECT_EQ(problems[1].toObject().value(QStringLiteral("check")).toString(),
              QStringLiteral("search_index"));
}

TEST_F(DatabaseCli, CheckAndBackupOfAMissingDatabaseCreateNothing)
{
    const QString missing = m_dir.filePath(QStringLiteral("missing.sqlite"));
    for (const QStringList &args :
         {QStringList{QStringLiteral("check")},
          QStringList{QStringLiteral("backup"), m_dir.filePath(QStringLiteral("b.sqlite"))}}) {
        const CliResult r = runCli(missing, args);
        EXPECT_EQ(r.exitCode, 2);
        EXPECT_TRUE(r.err.startsWith(QStringLiteral("error: There is no database at")))
            << r.err.toStdString();
    }
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{});
}

TEST_F(DatabaseCli, BackupIsACheckedCopyWithTheSameContent)
{
    const QString copy = m_dir.filePath(QStringLiteral("backup.sqlite"));
    const QJsonObject done =
        json({QStringLiteral("backup"), copy, QStringLiteral("--json")}).object();
    EXPECT_EQ(done.value(QStringLiteral("destination")).toString(), copy);
    EXPECT_GT(done.value(QStringLiteral("pages")).toInteger(), 0);
    EXPECT_EQ(done.value(QStringLiteral("bytes")).toInteger(), QFileInfo(copy).size());

    EXPECT_EQ(runCli(copy, {QStringLiteral("check")}).exitCode, 0);
    for (const QStringList &args :
         {QStringList{QStringLiteral("documents"), QStringLiteral("--json")},
          QStringList{QStringLiteral("paragraphs"), QStringLiteral("--document"),
                      QStringLiteral("A/79/416"), QStringLiteral("--json")},
          QStringList{QStringLiteral("search"), QStringLiteral("核武器"),
                      QStringLiteral("--json")}}) {
        const CliResult original = run(args);
        const CliResult backedUp = runCli(copy, args);
        EXPECT_EQ(backedUp.exitCode, 0);
        EXPECT_EQ(backedUp.out, original.out) << args.join(u' ').toStdString();
    }

    // Again over the first backup: replaced, in words.
    const CliResult again = run({QStringLiteral("backup"), copy});
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(QString::fromUtf8(again.out).startsWith(QStringLiteral("Backed up to ")));
}

TEST_F(DatabaseCli, BackupRefusesTheDatabaseItselfAndAFolderInOneLine)
{
    const QString viaDots = QFileInfo(databasePath()).absolutePath() + QStringLiteral("/./") +
                            QFileInfo(databasePath()).fileName();
    for (const QString &destination : {databasePath(), viaDots}) {
        const CliResult r = run({QStringLiteral("backup"), destination});
        EXPECT_EQ(r.exitCode, 2);
        EXPECT_TRUE(r.err.contains(QStringLiteral("is the database itself")))
            << r.err.toStdString();
        EXPECT_EQ(r.err.count(u'\n'), 1) << r.err.toStdString();
    }
    const CliResult folder = run({QStringLiteral("backup"), m_dir.path()});
    EXPECT_EQ(folder.exitCode, 2);
    EXPECT_TRUE(folder.err.contains(QStringLiteral("is a folder"))) << folder.err.toStdString();
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
              QStringList{});
    EXPECT_EQ(run({QStringLiteral("backup")}).exitCode, 1);
    EXPECT_EQ(run({QStringLiteral("check")}).exitCode, 0);
}

TEST_F(DatabaseCli, BackupRunsWhileAnotherProgramHoldsAnOpenWriteTransaction)
{
    const QString copy = m_dir.filePath(QStringLiteral("backup.sqlite"));
    sqlite3 *writer = nullptr;
    ASSERT_EQ(sqlite3_open(databasePath().toUtf8().constData(), &writer), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(writer,
                           "BEGIN IMMEDIATE; INSERT INTO memo (target_kind, target_id, text, "
                           "updated_at) VALUES ('document', 1, 'uncommitted', '2024-01-01')",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    QElapsedTimer timer;
    timer.start();
    const CliResult r = run({QStringLiteral("backup"), copy});
    const qint64 elapsed = timer.elapsed();
    ASSERT_EQ(sqlite3_exec(writer, "ROLLBACK", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(writer);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    // The CLI's busy timeout is 5 s: the copy did not wait for the writer.
    EXPECT_LT(elapsed, 4500);
    EXPECT_EQ(runCli(copy, {QStringLiteral("check")}).exitCode, 0);
    EXPECT_EQ(runCli(copy, {QStringLiteral("documents"), QStringLiteral("--json")}).out,
              run({QStringLiteral("documents"), QStringLiteral("--json")}).out);
}
