// rapporteur-cli under the input a careless user or an attacker gives it: the database stays as
// it was, every write error is an error, nothing waits forever or fills the memory, and each
// error is one line that says what is wrong.
#include "clisamples.h"

#include "testsupport.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <gtest/gtest.h>

#include <sqlite3.h>

#include <sys/stat.h>

using namespace Rapporteur;
using namespace Rapporteur::Test;

namespace {

class CliRobustness : public CliOnSamples
{
protected:
    // A hash of the database as the command line sees it (every document and coding).
    static QByteArray corpusState()
    {
        QByteArray all;
        for (const QStringList &args :
             {QStringList{QStringLiteral("documents"), QStringLiteral("--json")},
              QStringList{QStringLiteral("codings"), QStringLiteral("--json")},
              QStringList{QStringLiteral("codes"), QStringLiteral("--json")}})
            all += run(args).out;
        return QCryptographicHash::hash(all, QCryptographicHash::Sha256);
    }
    static bool isCharacterDevice(const char *path)
    {
        struct stat st
        {
        };
        return ::stat(path, &st) == 0 && S_ISCHR(st.st_mode);
    }
    static int oneLine(const QString &err) { return int(err.trimmed().count(u'\n')) + 1; }
};

TEST_F(CliRobustness, ExportOverTheOpenDatabaseIsRefusedAndTheCorpusKept)
{
    const QByteArray before = corpusState();
    const CliResult r = run({QStringLiteral("export"), QStringLiteral("--format"),
                             QStringLiteral("csv"), QStringLiteral("--out"), databasePath()});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("the database Rapporteur has open")))
        << r.err.toStdString();
    EXPECT_EQ(corpusState(), before);
}

TEST_F(CliRobustness, ExportsToAFullDeviceFailAndLeaveItADevice)
{
    for (const char *format : {"csv", "json", "qdc", "qdpx"}) {
        const CliResult r =
            run({QStringLiteral("export"), QStringLiteral("--format"), QString::fromLatin1(format),
                 QStringLiteral("--out"), QStringLiteral("/dev/full")});
        EXPECT_EQ(r.exitCode, 2) << format;
        EXPECT_TRUE(r.err.contains(QStringLiteral("No space left on device")))
            << format << r.err.toStdString();
        EXPECT_TRUE(isCharacterDevice("/dev/full")) << format;
    }
}

// Standard output is a file like any other: a failed write there is a failed command.
TEST_F(CliRobustness, AFailedWriteToStandardOutputIsAnError)
{
    QProcess p;
    p.setStandardOutputFile(QStringLiteral("/dev/full"));
    p.start(QStringLiteral(RAPPORTEUR_CLI),
            {QStringLiteral("--db"), databasePath(), QStringLiteral("documents"),
             QStringLiteral("--json")});
    ASSERT_TRUE(p.waitForFinished(60000));
    EXPECT_EQ(p.exitCode(), 2);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    EXPECT_TRUE(err.contains(QStringLiteral("the output could not be written")))
        << err.toStdString();
    EXPECT_EQ(oneLine(err), 1);
}

// A pipe with no writer would block a reader forever; /dev/zero never ends.
TEST_F(CliRobustness, ImportReadsOnlyRegularFiles)
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("fifo.txt"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QByteArray before = corpusState();
    for (const QString &input :
         {fifo, QStringLiteral("/dev/zero"), QStringLiteral("/dev/urandom")}) {
        const CliResult r = run({QStringLiteral("import"), input});
        EXPECT_EQ(r.exitCode, 2) << input.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("not a file"))) << r.err.toStdString();
    }
    EXPECT_EQ(corpusState(), before);
}

TEST_F(CliRobustness, ImportRefusesAnInputOverTheSizeLimit)
{
    // Twelve copies of the sample report: 2.5 MB of text.
    QTemporaryDir dir;
    const QString big = dir.filePath(QStringLiteral("A-77-96-twelve-times.zh.txt"));
    QFile file(big);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    QFile sample(corpusPath(QStringLiteral("A-77-96.zh.txt")));
    ASSERT_TRUE(sample.open(QIODevice::ReadOnly));
    const QByteArray text = sample.readAll();
    for (int i = 0; i < 12; ++i)
        file.write(text);
    file.close();
    const QByteArray before = corpusState();
    const CliResult r = run(
        {QStringLiteral("import"), QStringLiteral("--max-input-size"), QStringLiteral("1"), big});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(
        r.err.contains(QStringLiteral("larger (2.5 MB) than the limit for an input (1.0 MB)")))
        << r.err.toStdString();
    EXPECT_EQ(corpusState(), before);
    EXPECT_EQ(run({QStringLiteral("import"), QStringLiteral("--max-input-size"),
                   QStringLiteral("none"), corpusPath(QStringLiteral("A-77-96.zh.txt"))})
                  .exitCode,
              1);
}

TEST_F(CliRobustness, ErrorsAreOneLineAndSayWhatIsWrong)
{
    QTemporaryDir dir;
    const QString loop = dir.filePath(QStringLiteral("loop.txt"));
    ASSERT_TRUE(QFile::link(loop, loop));
    CliResult r = run({QStringLiteral("import"), loop});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("loop of symbolic links"))) << r.err.toStdString();

    // A name with a newline and an escape sequence stays on one line, written out.
    const QString odd = dir.filePath(QStringLiteral("two\nlines\x1b[31m.txt"));
    QFile file(odd);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(100, '\0'));
    file.close();
    r = run({QStringLiteral("import"), odd});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(oneLine(r.err), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("two\\nlines\\x1b[31m.txt"))) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(QChar(0x1b)));

    // --db through a loop of links is not "no such file"; a pipe is not waited on.
    r = runCli(loop, {QStringLiteral("documents")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("loop of symbolic links"))) << r.err.toStdString();
    const QString fifo = dir.filePath(QStringLiteral("fifo.sqlite"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    for (const QString &db : {fifo, QStringLiteral("/dev/zero")}) {
        r = runCli(db, {QStringLiteral("documents")});
        EXPECT_EQ(r.exitCode, 2) << db.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("is a pipe or a device"))) << r.err.toStdString();
    }
}

// A read-only database says so, instead of asking whether a code name is taken. (A database of
// a newer schema is opened read-only by any user, root included, whom file modes do not stop.)
TEST_F(CliRobustness, WritingToAReadOnlyDatabaseSaysItIsReadOnly)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("newer.sqlite"));
    ASSERT_EQ(
        runCli(db, {QStringLiteral("import"), fixturePath(QStringLiteral("coding-small.zh.txt"))})
            .exitCode,
        0);
    sqlite3 *raw = nullptr;
    ASSERT_EQ(sqlite3_open(QFile::encodeName(db).constData(), &raw), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(raw, "PRAGMA user_version = 999", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(raw);
    const CliResult r =
        runCli(db, {QStringLiteral("codes"), QStringLiteral("add"), QStringLiteral("新代码")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("read-only"))) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(QStringLiteral("taken"))) << r.err.toStdString();
    EXPECT_EQ(oneLine(r.err), 1);
}

// Another program holding the write lock is named as the reason, not "refused an operation".
TEST_F(CliRobustness, ADatabaseLockedByAnotherWriterSaysSo)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("busy.sqlite"));
    ASSERT_EQ(runCli(db, {QStringLiteral("codes")}).exitCode, 0);
    sqlite3 *writer = nullptr;
    ASSERT_EQ(sqlite3_open(QFile::encodeName(db).constData(), &writer), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(writer, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
    const CliResult r =
        runCli(db, {QStringLiteral("codes"), QStringLiteral("add"), QStringLiteral("甲")});
    sqlite3_exec(writer, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(writer);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("busy: another program is writing")))
        << r.err.toStdString();
    EXPECT_EQ(oneLine(r.err), 1);
}

// Two programs creating the same new database at once both get it; neither mistakes the other's
// half-made file for a database of another program.
TEST_F(CliRobustness, TwoProcessesCreatingOneDatabaseBothSucceed)
{
    QTemporaryDir dir;
    for (int round = 0; round < 12; ++round) {
        const QString db = dir.filePath(QStringLiteral("new-%1.sqlite").arg(round));
        QProcess first;
        QProcess second;
        // Storage's warnings on, so that a failure says what SQLite answered.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_LOGGING_RULES"),
                           QStringLiteral("rapporteur.storage.warning=true"));
        for (QProcess *p : {&first, &second}) {
            p->setProcessEnvironment(environment);
            p->start(QStringLiteral(RAPPORTEUR_CLI),
                     {QStringLiteral("--db"), db, QStringLiteral("documents"),
                      QStringLiteral("--json")});
        }
        for (QProcess *p : {&first, &second}) {
            ASSERT_TRUE(p->waitForFinished(60000));
            EXPECT_EQ(p->exitCode(), 0)
                << "round " << round << ": " << p->readAllStandardError().toStdString();
        }
    }
}

TEST_F(CliRobustness, KwicContextIsBounded)
{
    CliResult r = run({QStringLiteral("kwic"), QStringLiteral("出口管制"),
                       QStringLiteral("--context"), QStringLiteral("100000000")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--context is at most 1000"))) << r.err.toStdString();
    r = run({QStringLiteral("kwic"), QStringLiteral("出口管制"), QStringLiteral("--context"),
             QStringLiteral("1000")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
}

} // namespace
