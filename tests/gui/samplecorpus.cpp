#include "samplecorpus.h"

#include "testsupport.h"

#include "storage/corpusrepository.h"
#include "storage/database.h"
#include "storage/voterepository.h"
#include "workflow/importer.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cstdlib>

namespace Rapporteur::Test {

namespace {

QTemporaryDir &folder()
{
    static QTemporaryDir dir;
    return dir;
}

std::unique_ptr<Storage::Database> openSample(const QString &path)
{
    auto db = Storage::Database::open(path.isEmpty() ? SampleCorpus::databasePath() : path);
    if (!db) {
        ADD_FAILURE() << db.error().userMessage.toStdString();
        std::abort();
    }
    return std::move(db).value();
}

// Imports the files into a new database in the shared folder, through the real workflow; once
// per build, the other test processes get a copy.
QString importInto(const QString &fileName, const QList<Workflow::ImportRequest> &requests)
{
    const QString file = folder().filePath(fileName);
    QStringList inputs;
    for (const Workflow::ImportRequest &request : requests)
        inputs.append(request.path);
    const bool made = copyOfSharedDatabase(fileName, inputs, file, [&](const QString &path) {
        auto db = Storage::Database::open(path);
        if (!db) {
            ADD_FAILURE() << db.error().userMessage.toStdString();
            return false;
        }
        NullProgress progress;
        CancelToken cancel;
        const auto imported = Workflow::importFiles(**db, requests, progress, cancel);
        if (!imported)
            ADD_FAILURE() << imported.error().userMessage.toStdString();
        return imported.ok();
    });
    if (!made) {
        ADD_FAILURE() << "could not make the sample database " << fileName.toStdString();
        std::abort();
    }
    return file;
}

Workflow::ImportRequest reportRequest()
{
    return {corpusPath(QStringLiteral("A-77-96.zh.txt")), {}, {}};
}

Workflow::ImportRequest committeeRequest()
{
    // The committee report's text names no symbol of its own.
    return {corpusPath(QStringLiteral("first-committee-79-item-106-report.zh.txt")),
            QStringLiteral("A/79/416"),
            {}};
}

} // namespace

QString SampleCorpus::databasePath()
{
    static const QString path = importInto(QStringLiteral("corpus.sqlite"), {reportRequest()});
    return path;
}

QString SampleCorpus::bothDocumentsPath()
{
    static const QString path =
        importInto(QStringLiteral("both.sqlite"), {reportRequest(), committeeRequest()});
    return path;
}

QString SampleCorpus::notADatabasePath()
{
    static const QString path = [] {
        const QString file = folder().filePath(QStringLiteral("notes.sqlite"));
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly))
            std::abort();
        out.write(QByteArrayLiteral("These are notes, not a database. ").repeated(64));
        return file;
    }();
    return path;
}

QList<Storage::DocumentRecord> SampleCorpus::documents(const QString &path)
{
    const auto db = openSample(path);
    return *Storage::CorpusRepository(*db).documents();
}

QList<Storage::SubmissionRecord> SampleCorpus::submissions(const QString &path)
{
    const auto db = openSample(path);
    return *Storage::CorpusRepository(*db).submissions();
}

QList<Storage::VoteRecord> SampleCorpus::committeeVotes()
{
    static const QString path =
        importInto(QStringLiteral("committee.sqlite"), {committeeRequest()});
    auto db = Storage::Database::open(path);
    if (!db)
        std::abort();
    return *Storage::VoteRepository(**db).votes();
}

} // namespace Rapporteur::Test
