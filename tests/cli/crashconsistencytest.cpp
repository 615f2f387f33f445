// Crash consistency: real `rapporteur-cli import` processes replacing a coded document with a
// changed version are killed with SIGKILL at points spread over the import's writing, and after
// every kill the database must hold the old or the new document whole (same paragraphs, the
// search index in step, the check sound) with every coding still there.
#include "clisamples.h"
#include "testsupport.h"

#include "storage/database.h"
#include "storage/databasecheck.h"
#include "storage/statement.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <iostream>
#include <iterator>
#include <map>
#include <thread>

#include <csignal>
#include <sys/types.h>

using namespace Rapporteur;
using namespace Rapporteur::Storage;

namespace {

// Enough kill points to land in every phase of the write; few enough for ~30 s under ASan:
// kTimedRuns spread over the time from "files read" to the end of the measured process, then
// one run per fraction of the measured write-ahead log, killed as soon as the log has grown
// that far (the commit writes most of it: the page cache holds a transaction's pages until then).
constexpr int kTimedRuns = 6;
constexpr double kWalFractions[] = {0.0, 0.2, 0.4, 0.6, 0.8, 1.0};
constexpr int kRuns = kTimedRuns + static_cast<int>(std::size(kWalFractions));
const QString kSymbol = QStringLiteral("A/77/96");
// The new version: every 合作 written 协同, which changes a few hundred paragraphs (new ids,
// index rows deleted and added, references and codings re-anchored) in one transaction.
const QString kOldWord = QStringLiteral("合作");
const QString kNewWord = QStringLiteral("协同");

struct CodingRow
{
    qint64 id = 0;
    QString quote;
    bool orphaned = false;
    bool quoteInText = false; // false for an orphan: its paragraph text no longer holds it
};

std::unique_ptr<Database> openDatabase(const QString &path)
{
    auto db = Database::open(path);
    EXPECT_TRUE(db.ok()) << db.error().detail.toStdString();
    return db.ok() ? std::move(db).value() : nullptr;
}

QStringList queryTexts(const Database &db, const char *sql, const QString &parameter = {})
{
    QStringList out;
    auto select = Statement::prepare(db, sql);
    EXPECT_TRUE(select.ok());
    if (!select)
        return out;
    if (!parameter.isNull())
        select->bind(1, parameter);
    while (true) {
        auto row = select->step();
        EXPECT_TRUE(row.ok()) << row.error().detail.toStdString();
        if (!row || !*row)
            break;
        out.append(select->columnText(0));
    }
    return out;
}

qint64 queryCount(const Database &db, const char *sql, const QString &parameter)
{
    const QStringList values = queryTexts(db, sql, parameter);
    return values.isEmpty() ? -1 : values.first().toLongLong();
}

QStringList paragraphTexts(const Database &db)
{
    return queryTexts(db,
                      "SELECT p.text FROM paragraph p JOIN document d ON d.id = p.document_id "
                      "WHERE d.symbol = ?1 ORDER BY p.ordinal",
                      kSymbol);
}

std::map<qint64, CodingRow> codings(const Database &db)
{
    std::map<qint64, CodingRow> out;
    auto select = Statement::prepare(
        db, "SELECT c.id, c.quote, c.orphaned, "
            "substr(p.text, c.start_offset + 1, c.end_offset - c.start_offset) = c.quote "
            "FROM coding c LEFT JOIN paragraph p ON p.id = c.paragraph_id ORDER BY c.id");
    EXPECT_TRUE(select.ok());
    while (select) {
        auto row = select->step();
        if (!row || !*row)
            break;
        out[select->columnInt64(0)] =
            CodingRow{select->columnInt64(0), select->columnText(1), select->columnInt(2) == 1,
                      select->columnInt(3) == 1};
    }
    return out;
}

// The index answers as the text does: the paragraphs holding a word, by FTS5 and by a scan.
void expectIndexMatchesText(const Database &db, const QString &word, const QString &run)
{
    const qint64 indexed = queryCount(
        db, "SELECT count(*) FROM paragraph_fts WHERE paragraph_fts MATCH '\"' || ?1 || '\"'",
        word);
    const qint64 scanned =
        queryCount(db, "SELECT count(*) FROM paragraph WHERE instr(text, ?1) > 0", word);
    EXPECT_EQ(indexed, scanned) << run.toStdString() << " " << word.toStdString();
}

qint64 walSize(const QString &database)
{
    return QFileInfo(database + QStringLiteral("-wal")).size();
}

// Waits until the import's write-ahead log holds more than `bytes` (true) or the process ended.
// The log is polled by stat() alone; the database files are never opened from here.
bool waitForWal(QProcess &process, const QString &database, qint64 bytes)
{
    while (walSize(database) <= bytes) {
        if (process.waitForFinished(0))
            return false;
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
    return true;
}

class CrashConsistency : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A fresh copy of the coded database under `name` (the CLI closed it, so it is one file).
    QString copyBase(const QString &name)
    {
        const QString target = path(name);
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(target + QLatin1String(suffix));
        EXPECT_TRUE(QFile::copy(path(QStringLiteral("base.sqlite")), target));
        return target;
    }

    // Starts `import --progress` of the new version and waits for the line the import prints
    // once the files are read, right before it starts writing. Returns when it was seen.
    bool startImport(QProcess &process, const QString &database)
    {
        process.setReadChannel(QProcess::StandardError);
        process.start(QStringLiteral(RAPPORTEUR_CLI),
                      {QStringLiteral("--db"), database, QStringLiteral("import"),
                       QStringLiteral("--progress"), QStringLiteral("--symbol"), kSymbol,
                       m_newVersion});
        QByteArray seen;
        while (!seen.contains("[3/3] read ")) {
            if (!process.waitForReadyRead(60000))
                return false;
            seen += process.readAllStandardError();
        }
        return true;
    }

    QTemporaryDir m_dir;
    QString m_newVersion;
};

} // namespace

TEST_F(CrashConsistency, KilledImportLeavesTheOldOrTheNewDocumentWithEveryCoding)
{
    // The old version, imported and coded as a user would.
    const QString base = path(QStringLiteral("base.sqlite"));
    const QString oldText =
        Rapporteur::Test::readUtf8(Rapporteur::Test::corpusPath(QStringLiteral("A-77-96.zh.txt")));
    ASSERT_GT(oldText.count(kOldWord), 200);
    ASSERT_EQ(oldText.count(kNewWord), 0);
    const Rapporteur::Test::CliResult imported = Rapporteur::Test::runCli(
        base, {QStringLiteral("import"), QStringLiteral("--symbol"), kSymbol,
               Rapporteur::Test::corpusPath(QStringLiteral("A-77-96.zh.txt"))});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    {
        // Codings on paragraphs the new version changes (one on the changed word itself, which
        // then finds its text nowhere and is kept as orphaned) and on paragraphs it keeps.
        auto db = openDatabase(base);
        ASSERT_TRUE(db);
        const QStringList ids = queryTexts(
            *db,
            "SELECT p.id || ' ' || instr(p.text, ?1) FROM paragraph p WHERE p.kind = 'body' "
            "AND length(p.text) > 40 ORDER BY p.ordinal",
            kOldWord);
        QList<QStringList> changed, kept;
        for (const QString &row : ids)
            (row.section(u' ', 1).toInt() > 0 ? changed : kept).append(row.split(u' '));
        ASSERT_GE(changed.size(), 3);
        ASSERT_GE(kept.size(), 2);
        db.reset();
        const auto add = [&](const QString &paragraph, int start, int end) {
            const Rapporteur::Test::CliResult r = Rapporteur::Test::runCli(
                base, {QStringLiteral("coding"), QStringLiteral("add"), QStringLiteral("--code"),
                       QStringLiteral("测试/崩溃"), QStringLiteral("--paragraph"), paragraph,
                       QStringLiteral("--start"), QString::number(start), QStringLiteral("--end"),
                       QString::number(end), QStringLiteral("--coder"), QStringLiteral("tester")});
            ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        };
        const int at = changed[1][1].toInt() - 1; // instr is 1-based; no surrogates in the text
        add(changed[0][0], 0, 6);
        add(changed[1][0], at, at + 2); // the word itself
        add(changed[2][0], 2, 10);
        add(kept[0][0], 0, 8);
        add(kept[1][0], 5, 12);
    }
    std::unique_ptr<Database> baseDb = openDatabase(base);
    ASSERT_TRUE(baseDb);
    const QStringList oldParagraphs = paragraphTexts(*baseDb);
    const std::map<qint64, CodingRow> baseCodings = codings(*baseDb);
    ASSERT_EQ(baseCodings.size(), 5u);
    baseDb.reset(); // closed: checkpointed into one file that copies whole

    // The new version, and one uninterrupted import of it to know what it stores and how long
    // its writing takes.
    m_newVersion = path(QStringLiteral("A-77-96.changed.zh.txt"));
    {
        QFile file(m_newVersion);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QString(oldText).replace(kOldWord, kNewWord).toUtf8());
    }
    qint64 writeWindowMs = 0;
    qint64 largestWal = 0; // the most the measured run's log held (it is removed at exit)
    QStringList newParagraphs;
    {
        const QString measured = copyBase(QStringLiteral("measured.sqlite"));
        QProcess process;
        ASSERT_TRUE(startImport(process, measured));
        QElapsedTimer writing;
        writing.start();
        while (!process.waitForFinished(0)) {
            largestWal = std::max(largestWal, walSize(measured));
            std::this_thread::sleep_for(std::chrono::microseconds(200));
        }
        writeWindowMs = writing.elapsed();
        ASSERT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
        auto db = openDatabase(measured);
        ASSERT_TRUE(db);
        newParagraphs = paragraphTexts(*db);
        EXPECT_EQ(codings(*db).size(), baseCodings.size());
    }
    ASSERT_NE(newParagraphs, oldParagraphs);
    ASSERT_FALSE(newParagraphs.isEmpty());
    ASSERT_GT(largestWal, 0);

    // Kill points spread evenly from the moment writing starts to the measured end of the
    // process (the commit, then printing and exit).
    int killedOld = 0, killedNew = 0, finished = 0, killedWhileWriting = 0;
    for (int run = 0; run < kRuns; ++run) {
        const QString name = QStringLiteral("run%1").arg(run);
        const QString database = copyBase(name + QStringLiteral(".sqlite"));
        QProcess process;
        ASSERT_TRUE(startImport(process, database)) << name.toStdString();
        QString killPoint;
        if (run < kTimedRuns) {
            // The kill point itself (derived from the measured run), not a wait for a condition.
            const qint64 ms = writeWindowMs * run / kTimedRuns;
            std::this_thread::sleep_for(std::chrono::milliseconds(ms));
            killPoint = QStringLiteral("%1 ms after reading").arg(ms);
        } else {
            const auto bytes = static_cast<qint64>(kWalFractions[run - kTimedRuns] *
                                                   static_cast<double>(largestWal));
            waitForWal(process, database, std::min(bytes, largestWal - 1));
            killPoint = QStringLiteral("-wal past %1 bytes").arg(bytes);
        }
        ::kill(static_cast<pid_t>(process.processId()), SIGKILL);
        ASSERT_TRUE(process.waitForFinished(60000));
        const bool killed = process.exitStatus() == QProcess::CrashExit;
        const qint64 walBytes = walSize(database);

        auto db = openDatabase(database); // recovers the write-ahead log, as the application does
        ASSERT_TRUE(db) << name.toStdString();
        auto report = checkDatabase(*db);
        ASSERT_TRUE(report.ok()) << report.error().detail.toStdString();
        for (const auto &problem : report->problems)
            ADD_FAILURE() << name.toStdString() << ": " << problem.message.toStdString();

        const QStringList paragraphs = paragraphTexts(*db);
        const bool isOld = paragraphs == oldParagraphs;
        const bool isNew = paragraphs == newParagraphs;
        EXPECT_TRUE(isOld || isNew)
            << name.toStdString() << ": " << paragraphs.size() << " paragraphs, old "
            << oldParagraphs.size() << ", new " << newParagraphs.size();
        expectIndexMatchesText(*db, kOldWord, name);
        expectIndexMatchesText(*db, kNewWord, name);

        const std::map<qint64, CodingRow> now = codings(*db);
        ASSERT_EQ(now.size(), baseCodings.size()) << name.toStdString();
        for (const auto &[id, coding] : baseCodings) {
            const auto found = now.find(id);
            ASSERT_NE(found, now.end()) << name.toStdString() << " lost coding " << id;
            EXPECT_EQ(found->second.quote, coding.quote);
            // Anchored to its text, or kept as an orphan; in the old version all are anchored.
            EXPECT_TRUE(found->second.quoteInText || (isNew && found->second.orphaned))
                << name.toStdString() << " coding " << id;
        }
        if (killed && walBytes > 0)
            ++killedWhileWriting;
        if (!killed)
            ++finished;
        else if (isOld)
            ++killedOld;
        else
            ++killedNew;
        std::cout << name.toStdString() << ": kill at " << killPoint.toStdString() << ", "
                  << (killed ? "killed" : "had finished") << ", " << (isOld ? "old" : "new")
                  << " version, -wal " << walBytes << " bytes\n";
    }
    std::cout << kRuns << " runs over a " << writeWindowMs << " ms write window and a "
              << largestWal << "-byte log: " << killedOld << " killed before the commit (old), "
              << killedNew << " killed after it (new), " << finished << " finished\n";
    // Not vacuous: imports were killed mid-way and left the old version, and some were killed
    // once the log had begun to take the transaction's pages.
    EXPECT_GE(killedOld, 1);
    EXPECT_GE(killedWhileWriting, 1);
    EXPECT_GE(killedOld + killedNew, kRuns / 2);
}
