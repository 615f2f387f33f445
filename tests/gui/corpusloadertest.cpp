// CorpusLoader reads on a worker thread and reports on the GUI thread.
#include "backgroundwork.h"
#include "samplecorpus.h"
#include "testsupport.h"

#include "common/databasefiles.h"
#include "gui/corpus/corpusloader.h"

#include <QCoreApplication>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <gtest/gtest.h>

using namespace Rapporteur;
using Gui::CorpusLoader;
using Test::SampleCorpus;

namespace {

constexpr int kTimeoutMs = 10'000;

TEST(CorpusLoader, LoadsDocumentsAndSubmissionsAndReportsOnTheGuiThread)
{
    CorpusLoader loader;
    QList<Storage::DocumentRecord> documents;
    QList<Storage::SubmissionRecord> submissions;
    QThread *reportedOn = nullptr;
    QObject::connect(&loader, &CorpusLoader::corpusLoaded,
                     [&](const QString &, const auto &docs, const auto &subs, const QString &) {
                         documents = docs;
                         submissions = subs;
                         reportedOn = QThread::currentThread();
                     });
    QSignalSpy loaded(&loader, &CorpusLoader::corpusLoaded);
    QSignalSpy failed(&loader, &CorpusLoader::corpusFailed);

    loader.loadCorpus(SampleCorpus::databasePath());
    EXPECT_TRUE(loader.isLoadingCorpus());
    ASSERT_TRUE(loaded.wait(kTimeoutMs));
    EXPECT_FALSE(loader.isLoadingCorpus());
    EXPECT_EQ(failed.count(), 0);
    EXPECT_EQ(loaded.first().at(0).toString(), SampleCorpus::databasePath());
    EXPECT_EQ(loaded.first().at(3).toString(), QString()); // not read-only
    EXPECT_EQ(reportedOn, QThread::currentThread());
    ASSERT_EQ(documents.size(), 1);
    EXPECT_EQ(documents.first().symbol, QStringLiteral("A/77/96"));
    ASSERT_EQ(submissions.size(), 33);
    EXPECT_EQ(submissions.first().entity->code, QStringLiteral("AUS"));
}

TEST(CorpusLoader, LoadsTheParagraphsOfOneSubmission)
{
    const auto submissions = SampleCorpus::submissions();
    const auto canada = std::find_if(submissions.cbegin(), submissions.cend(), [](const auto &s) {
        return s.entity && s.entity->code == QLatin1String("CAN");
    });
    ASSERT_NE(canada, submissions.cend());

    CorpusLoader loader;
    QList<Storage::ParagraphRecord> paragraphs;
    qint64 reportedId = 0;
    QObject::connect(&loader, &CorpusLoader::paragraphsLoaded, [&](qint64 id, const auto &loaded) {
        reportedId = id;
        paragraphs = loaded;
    });
    QSignalSpy loaded(&loader, &CorpusLoader::paragraphsLoaded);
    loader.loadParagraphs(SampleCorpus::databasePath(), canada->id);
    ASSERT_TRUE(loaded.wait(kTimeoutMs));
    EXPECT_EQ(reportedId, canada->id);
    ASSERT_EQ(paragraphs.size(), canada->paragraphCount);
    EXPECT_TRUE(paragraphs.first().text.startsWith(QStringLiteral("加拿大长期以来一直积极促进")));
    for (const auto &paragraph : paragraphs)
        EXPECT_EQ(paragraph.submissionId, canada->id);
}

TEST(CorpusLoader, AFileThatIsNotADatabaseFailsWithAMessage)
{
    CorpusLoader loader;
    QSignalSpy loaded(&loader, &CorpusLoader::corpusLoaded);
    QSignalSpy failed(&loader, &CorpusLoader::corpusFailed);
    loader.loadCorpus(SampleCorpus::notADatabasePath());
    ASSERT_TRUE(failed.wait(kTimeoutMs));
    EXPECT_EQ(loaded.count(), 0);
    EXPECT_EQ(failed.first().at(0).toString(), SampleCorpus::notADatabasePath());
    EXPECT_FALSE(failed.first().at(1).toString().isEmpty());
}

TEST(CorpusLoader, AnUnknownSubmissionFails)
{
    CorpusLoader loader;
    QSignalSpy failed(&loader, &CorpusLoader::paragraphsFailed);
    loader.loadParagraphs(SampleCorpus::databasePath(), 999'999);
    ASSERT_TRUE(failed.wait(kTimeoutMs));
    EXPECT_EQ(failed.first().at(0).toLongLong(), 999'999);
}

TEST(CorpusLoader, OnlyTheLatestRequestIsReported)
{
    CorpusLoader loader;
    QSignalSpy loaded(&loader, &CorpusLoader::corpusLoaded);
    QSignalSpy failed(&loader, &CorpusLoader::corpusFailed);
    loader.loadCorpus(SampleCorpus::notADatabasePath());
    loader.loadCorpus(SampleCorpus::databasePath());
    ASSERT_TRUE(loaded.wait(kTimeoutMs));
    // Let the superseded request finish and deliver whatever it would.
    Rapporteur::Test::finishBackgroundWork();
    EXPECT_EQ(loaded.count(), 1);
    EXPECT_EQ(failed.count(), 0);
}

TEST(CorpusLoader, DestroyingTheLoaderWhileItWorksIsSafe)
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("corpus.sqlite"));
    ASSERT_TRUE(QFile::copy(SampleCorpus::databasePath(), copy));
    int delivered = 0;
    QObject receiver;
    auto loader = std::make_unique<CorpusLoader>();
    QObject::connect(loader.get(), &CorpusLoader::corpusLoaded, &receiver, [&] { ++delivered; });
    QObject::connect(loader.get(), &CorpusLoader::paragraphsLoaded, &receiver,
                     [&] { ++delivered; });
    loader->loadCorpus(copy);
    loader->loadParagraphs(copy, 1);
    loader.reset();
    // The destructor waited for both workers: neither holds a connection to the file any more,
    // so it can be deleted at once, and nothing they posted reaches anyone.
    EXPECT_FALSE(DatabaseFiles::isOpenDatabaseFile(copy));
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    EXPECT_EQ(delivered, 0);
}

} // namespace
