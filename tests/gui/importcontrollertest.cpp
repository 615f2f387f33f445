// ImportController imports on a worker thread, all files or none, and reports on the GUI thread.
#include "backgroundwork.h"
#include "corpussnapshot.h"
#include "samplecorpus.h"
#include "testsupport.h"

#include "gui/import/importcontroller.h"
#include "storage/corpusrepository.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <gtest/gtest.h>

#include <memory>

using namespace Rapporteur;
using Gui::ImportController;
using Test::corpusPath;
using Test::corpusSnapshot;
using Test::documentCount;
using Test::fixturePath;
using Test::SampleCorpus;
using Workflow::ImportSummary;

namespace {

constexpr int kTimeoutMs = 30'000;

bool waitForSignal(const QSignalSpy &spy)
{
    return QTest::qWaitFor([&] { return !spy.isEmpty(); }, kTimeoutMs);
}

class ImportControllerTest : public ::testing::Test
{
protected:
    QString databasePath() const { return m_dir.filePath(QStringLiteral("corpus.sqlite")); }

    // Imports the files and waits for the end; the summaries, or an empty list on any failure.
    QList<ImportSummary> importAndWait(const QStringList &paths)
    {
        QSignalSpy finished(&m_controller, &ImportController::finished);
        if (!m_controller.start(databasePath(), paths))
            return {};
        if (!QTest::qWaitFor([&] { return !m_controller.isRunning(); }, kTimeoutMs) ||
            finished.isEmpty())
            return {};
        return finished.first().at(1).value<QList<ImportSummary>>();
    }

    QTemporaryDir m_dir;
    ImportController m_controller;
};

TEST_F(ImportControllerTest, ImportATextFileStoresItsSubmissionsAndReportsOnTheGuiThread)
{
    QSignalSpy finished(&m_controller, &ImportController::finished);
    QSignalSpy failed(&m_controller, &ImportController::failed);
    QSignalSpy progress(&m_controller, &ImportController::progress);
    QSignalSpy running(&m_controller, &ImportController::runningChanged);
    QThread *reportedOn = nullptr;
    QObject::connect(&m_controller, &ImportController::finished,
                     [&] { reportedOn = QThread::currentThread(); });

    const QString file = corpusPath(QStringLiteral("A-77-96.zh.txt"));
    ASSERT_TRUE(m_controller.start(databasePath(), QStringList{file}));
    EXPECT_TRUE(m_controller.isRunning());
    ASSERT_TRUE(waitForSignal(finished));
    EXPECT_FALSE(m_controller.isRunning());
    EXPECT_EQ(failed.count(), 0);
    EXPECT_EQ(reportedOn, QThread::currentThread());
    ASSERT_EQ(running.count(), 2);
    EXPECT_TRUE(running.at(0).at(0).toBool());
    EXPECT_FALSE(running.at(1).at(0).toBool());
    ASSERT_FALSE(progress.isEmpty());
    EXPECT_EQ(progress.first().at(0).toString(), file);
    EXPECT_EQ(progress.first().at(2).toInt(), 1);
    EXPECT_TRUE(progress.last().at(0).toString().isEmpty()); // the store comes last

    EXPECT_EQ(finished.first().at(0).toString(), databasePath());
    const auto summaries = finished.first().at(1).value<QList<ImportSummary>>();
    ASSERT_EQ(summaries.size(), 1);
    EXPECT_EQ(summaries.first().symbol, QStringLiteral("A/77/96"));
    EXPECT_EQ(summaries.first().submissions, 33);
    EXPECT_EQ(summaries.first().outcome, ImportSummary::Outcome::Inserted);

    auto db = Storage::Database::open(databasePath());
    ASSERT_TRUE(db.ok());
    const Storage::CorpusRepository repo(**db);
    ASSERT_EQ(repo.documents()->size(), 1);
    EXPECT_EQ(repo.submissions(QStringLiteral("A/77/96"))->size(), 33);
}

TEST_F(ImportControllerTest, ABadFileFailsNamingItAndLeavesTheDatabaseAsItWas)
{
    ASSERT_EQ(importAndWait({fixturePath(QStringLiteral("compilation-small.zh.txt"))}).size(), 1);
    const QString before = corpusSnapshot(databasePath());
    ASSERT_TRUE(before.contains(QStringLiteral("## paragraph\n")))
        << before.left(200).toStdString();
    ASSERT_EQ(documentCount(databasePath()), 1);

    const QString good = fixturePath(QStringLiteral("no-submissions.zh.txt"));
    for (const QString &bad : {fixturePath(QStringLiteral("binary.bin")),
                               fixturePath(QStringLiteral("pdf-truncated.pdf")),
                               fixturePath(QStringLiteral("empty.txt"))}) {
        QSignalSpy finished(&m_controller, &ImportController::finished);
        QSignalSpy failed(&m_controller, &ImportController::failed);
        QSignalSpy password(&m_controller, &ImportController::passwordNeeded);
        // The good file first: it is read, and must not be stored when the bad one fails.
        ASSERT_TRUE(m_controller.start(databasePath(), QStringList{good, bad}));
        ASSERT_TRUE(waitForSignal(failed)) << bad.toStdString();
        EXPECT_EQ(finished.count(), 0);
        EXPECT_EQ(password.count(), 0);
        EXPECT_EQ(failed.first().at(0).toString(), bad);
        const auto error = failed.first().at(1).value<Error>();
        EXPECT_EQ(error.code, ErrorCode::InvalidInput);
        EXPECT_TRUE(error.userMessage.startsWith(QFileInfo(bad).fileName() + u':'))
            << error.userMessage.toStdString();
        EXPECT_EQ(corpusSnapshot(databasePath()), before) << bad.toStdString();
    }
}

TEST_F(ImportControllerTest, ADatabaseThatCannotBeOpenedFailsNamingIt)
{
    QSignalSpy failed(&m_controller, &ImportController::failed);
    const QString notADatabase = SampleCorpus::notADatabasePath();
    ASSERT_TRUE(m_controller.start(
        notADatabase, QStringList{fixturePath(QStringLiteral("no-submissions.zh.txt"))}));
    ASSERT_TRUE(waitForSignal(failed));
    EXPECT_EQ(failed.first().at(0).toString(), notADatabase);
    EXPECT_FALSE(failed.first().at(1).value<Error>().userMessage.isEmpty());
}

TEST_F(ImportControllerTest, AnEncryptedPdfAsksForItsPasswordAndImportsWithIt)
{
    const QString pdf = fixturePath(QStringLiteral("pdf-encrypted.pdf"));
    QSignalSpy password(&m_controller, &ImportController::passwordNeeded);
    QSignalSpy failed(&m_controller, &ImportController::failed);
    QSignalSpy finished(&m_controller, &ImportController::finished);

    ASSERT_TRUE(m_controller.start(databasePath(), QStringList{pdf}));
    ASSERT_TRUE(waitForSignal(password));
    EXPECT_EQ(password.first().at(0).toString(), pdf);
    EXPECT_FALSE(password.first().at(1).toBool()); // no password was given

    EXPECT_FALSE(m_controller.retryWithPassword(fixturePath(QStringLiteral("empty.txt")), "x"));
    ASSERT_TRUE(m_controller.retryWithPassword(pdf, QByteArrayLiteral("wrong")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return password.count() == 2; }, kTimeoutMs));
    EXPECT_TRUE(password.last().at(1).toBool()); // the wrong one
    EXPECT_EQ(documentCount(databasePath()), 0);

    ASSERT_TRUE(m_controller.retryWithPassword(pdf, QByteArrayLiteral("secret")));
    ASSERT_TRUE(waitForSignal(finished));
    EXPECT_EQ(failed.count(), 0);
    const auto summaries = finished.first().at(1).value<QList<ImportSummary>>();
    ASSERT_EQ(summaries.size(), 1);
    EXPECT_EQ(summaries.first().encoding, QStringLiteral("PDF"));
    EXPECT_EQ(documentCount(databasePath()), 1);
}

TEST_F(ImportControllerTest, CancelDuringAMultiFileImportStoresNothing)
{
    ASSERT_EQ(importAndWait({fixturePath(QStringLiteral("compilation-small.zh.txt"))}).size(), 1);
    const QString before = corpusSnapshot(databasePath());

    QSignalSpy canceled(&m_controller, &ImportController::canceled);
    QSignalSpy finished(&m_controller, &ImportController::finished);
    QSignalSpy failed(&m_controller, &ImportController::failed);
    int progressBeforeCancel = 0;
    // Cancels on the first report of progress, so that the worker is under way when it hears.
    QObject::connect(&m_controller, &ImportController::progress, &m_controller, [&] {
        if (progressBeforeCancel++ == 0)
            m_controller.cancel();
    });
    ASSERT_TRUE(m_controller.start(
        databasePath(),
        QStringList{corpusPath(QStringLiteral("A-77-96.zh.txt")),
                    corpusPath(QStringLiteral("first-committee-79-item-106-report.zh.txt")),
                    corpusPath(QStringLiteral("real/A-80-604-Add.6.en.pdf"))}));
    ASSERT_TRUE(waitForSignal(canceled));
    EXPECT_GE(progressBeforeCancel, 1);
    EXPECT_EQ(finished.count(), 0);
    EXPECT_EQ(failed.count(), 0);
    EXPECT_FALSE(m_controller.isRunning());
    EXPECT_EQ(corpusSnapshot(databasePath()), before);
}

TEST_F(ImportControllerTest, AStartWhileAnImportRunsIsRefused)
{
    QSignalSpy finished(&m_controller, &ImportController::finished);
    const QString file = fixturePath(QStringLiteral("compilation-small.zh.txt"));
    ASSERT_TRUE(m_controller.start(databasePath(), QStringList{file}));
    EXPECT_FALSE(m_controller.start(databasePath(), QStringList{file}));
    EXPECT_FALSE(m_controller.retryWithPassword(file, QByteArrayLiteral("x")));
    ASSERT_TRUE(waitForSignal(finished));
    Rapporteur::Test::finishBackgroundWork(); // a second run, had it started, has reported now
    EXPECT_EQ(finished.count(), 1);
    EXPECT_FALSE(m_controller.start(databasePath(), QStringList{})); // nothing to import
}

TEST(ImportControllerLifetime, DestroyingTheControllerCancelsAndWaits)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("corpus.sqlite"));
    {
        ImportController controller;
        ASSERT_TRUE(
            controller.start(path, QStringList{corpusPath(QStringLiteral("A-77-96.zh.txt"))}));
    } // cancels and waits: nothing is stored, and no worker touches the file afterwards
    EXPECT_EQ(documentCount(path), 0);
}

TEST(ImportControllerFiles, KeepsOnlyPdfsAndTextFilesAmongDroppedUrls)
{
    QTemporaryDir dir;
    const auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile file(dir.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return file.fileName();
    };
    const QString pdf = write(QStringLiteral("a.pdf"), "%PDF-1.7\n");
    const QString text = write(QStringLiteral("b.TXT"), "text");
    const QString pdfWithoutSuffix = write(QStringLiteral("c.bin"), "%PDF-1.4\n");
    const QString word = write(QStringLiteral("d.doc"), "\xd0\xcf\x11\xe0");
    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("folder.pdf")));

    const QList<QUrl> urls{QUrl::fromLocalFile(pdf),
                           QUrl::fromLocalFile(text),
                           QUrl::fromLocalFile(pdfWithoutSuffix),
                           QUrl::fromLocalFile(word),
                           QUrl::fromLocalFile(dir.filePath(QStringLiteral("folder.pdf"))),
                           QUrl::fromLocalFile(dir.filePath(QStringLiteral("missing.txt"))),
                           QUrl(QStringLiteral("https://undocs.org/A/77/96")),
                           QUrl::fromLocalFile(pdf)};
    EXPECT_EQ(ImportController::importableFiles(urls), (QStringList{pdf, text, pdfWithoutSuffix}));
    EXPECT_TRUE(ImportController::isImportable(corpusPath(QStringLiteral("A-77-96.zh.txt"))));
    EXPECT_FALSE(ImportController::isImportable(fixturePath(QStringLiteral("binary.bin"))));
}

} // namespace
