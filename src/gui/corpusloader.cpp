#include "corpusloader.h"

#include "guilogging.h"

#include "storage/corpusrepository.h"
#include "storage/database.h"
#include "storage/voterepository.h"
#include "text/pinyin.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>
#include <optional>
#include <type_traits>

namespace Rapporteur::Gui {

using Storage::CorpusRepository;
using Storage::Database;

namespace {

// What a worker hands back: values or an error message, never an exception.
struct CorpusPayload
{
    QList<Storage::DocumentRecord> documents;
    QList<Storage::SubmissionRecord> submissions;
    QString notice;
    QString error;
};

struct ParagraphsPayload
{
    QList<Storage::ParagraphRecord> paragraphs;
    QString error;
};

QString describe(const Error &error)
{
    if (!error.detail.isEmpty())
        qCWarning(lcGui) << error.userMessage << error.detail;
    return error.userMessage;
}

QString internalError(const char *what)
{
    qCCritical(lcGui) << "exception in a corpus worker:" << what;
    return CorpusLoader::tr("An internal error stopped the reading of the corpus: %1")
        .arg(QString::fromUtf8(what));
}

// Opens the database on the calling worker's own connection and lets read() fill the payload;
// an error it returns, or an exception, becomes the payload's message instead.
template <typename Payload, typename Read> Payload readFrom(const QString &path, Read read)
{
    Payload payload;
    try {
        auto db = Database::open(path);
        if (!db) {
            payload.error = describe(db.error());
            return payload;
        }
        if (const std::optional<Error> error = read(**db, payload)) {
            payload = {};
            payload.error = describe(*error);
        }
    } catch (const std::exception &e) {
        payload = {};
        payload.error = internalError(e.what());
    }
    return payload;
}

// Moves a result's value into `into`, or gives back its error.
template <typename T> std::optional<Error> take(Result<T> result, T &into)
{
    if (!result)
        return result.error();
    into = std::move(result).value();
    return std::nullopt;
}

CorpusPayload readCorpus(const QString &path)
{
    // The tree's filter keys need pinyin; building the transliterator here keeps its cost off
    // the GUI thread, which computes the keys when the corpus arrives.
    Text::preparePinyin();
    return readFrom<CorpusPayload>(path, [](Database &db, CorpusPayload &payload) {
        if (db.isReadOnly())
            payload.notice = db.readOnlyReason()->userMessage;
        const CorpusRepository repo(db);
        if (auto error = take(repo.documents(), payload.documents))
            return error;
        return take(repo.submissions(), payload.submissions);
    });
}

struct VotesPayload
{
    QList<Storage::VoteRecord> votes;
    QString error;
};

ParagraphsPayload readParagraphs(const QString &path, qint64 submissionId)
{
    return readFrom<ParagraphsPayload>(path, [submissionId](Database &db, ParagraphsPayload &p) {
        return take(CorpusRepository(db).paragraphsOfSubmission(submissionId), p.paragraphs);
    });
}

ParagraphsPayload readDocumentText(const QString &path, const QString &symbol)
{
    return readFrom<ParagraphsPayload>(path, [symbol](Database &db, ParagraphsPayload &p) {
        return take(CorpusRepository(db).paragraphsOfDocument(symbol), p.paragraphs);
    });
}

VotesPayload readVotes(const QString &path)
{
    return readFrom<VotesPayload>(path, [](Database &db, VotesPayload &payload) {
        return take(Storage::VoteRepository(db).votes(), payload.votes);
    });
}

// Runs work on the global pool and calls onDone on the loader's (GUI) thread with its result.
// The watcher is a child of the loader, so it dies with it; it deletes itself when done.
template <typename Work, typename Done>
void runInBackground(CorpusLoader *loader, Work work, Done onDone)
{
    using Payload = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<Payload>(loader);
    QObject::connect(watcher, &QFutureWatcherBase::finished, loader, [watcher, onDone] {
        onDone(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace

CorpusLoader::CorpusLoader(QObject *parent) : QObject(parent) {}

CorpusLoader::~CorpusLoader()
{
    for (QFutureWatcherBase *watcher : findChildren<QFutureWatcherBase *>())
        watcher->waitForFinished();
}

void CorpusLoader::loadCorpus(const QString &databasePath)
{
    const quint64 request = ++m_corpusRequest;
    m_corpusPending = true;
    runInBackground(
        this, [databasePath] { return readCorpus(databasePath); },
        [this, request, databasePath](const CorpusPayload &payload) {
            if (request != m_corpusRequest)
                return; // superseded
            m_corpusPending = false;
            if (payload.error.isEmpty())
                emit corpusLoaded(databasePath, payload.documents, payload.submissions,
                                  payload.notice);
            else
                emit corpusFailed(databasePath, payload.error);
        });
}

void CorpusLoader::loadParagraphs(const QString &databasePath, qint64 submissionId)
{
    const quint64 request = ++m_paragraphsRequest;
    runInBackground(
        this, [databasePath, submissionId] { return readParagraphs(databasePath, submissionId); },
        [this, request, submissionId](const ParagraphsPayload &payload) {
            if (request != m_paragraphsRequest)
                return;
            if (payload.error.isEmpty())
                emit paragraphsLoaded(submissionId, payload.paragraphs);
            else
                emit paragraphsFailed(submissionId, payload.error);
        });
}

void CorpusLoader::loadDocumentText(const QString &databasePath, const QString &symbol)
{
    const quint64 request = ++m_paragraphsRequest;
    runInBackground(
        this, [databasePath, symbol] { return readDocumentText(databasePath, symbol); },
        [this, request, symbol](const ParagraphsPayload &payload) {
            if (request != m_paragraphsRequest)
                return;
            if (payload.error.isEmpty())
                emit documentTextLoaded(symbol, payload.paragraphs);
            else
                emit paragraphsFailed(0, payload.error);
        });
}

void CorpusLoader::loadVotes(const QString &databasePath)
{
    const quint64 request = ++m_votesRequest;
    runInBackground(
        this, [databasePath] { return readVotes(databasePath); },
        [this, request, databasePath](const VotesPayload &payload) {
            if (request != m_votesRequest)
                return;
            if (payload.error.isEmpty())
                emit votesLoaded(databasePath, payload.votes);
            else
                emit votesFailed(databasePath, payload.error);
        });
}

} // namespace Rapporteur::Gui
