#include "corpusloader.h"

#include "gui/common/backgroundread.h"

#include "storage/corpusrepository.h"
#include "storage/database.h"
#include "storage/tablerepository.h"
#include "storage/voterepository.h"
#include "text/pinyin.h"

#include <QSet>

#include <optional>

namespace Rapporteur::Gui {

using Storage::CorpusRepository;
using Storage::Database;

namespace {

// The corpus as one worker reads it; the notice says why a database opened read-only.
struct Corpus
{
    QList<Storage::DocumentRecord> documents;
    QList<Storage::SubmissionRecord> submissions;
    QString notice;
};

BackgroundResult<Corpus> readCorpus(const QString &path)
{
    // The tree's filter keys need pinyin; building the transliterator here keeps its cost off
    // the GUI thread, which computes the keys when the corpus arrives.
    Text::preparePinyin();
    BackgroundResult<Corpus> out;
    const auto read = [&out](Database &db) -> std::optional<Error> {
        if (db.isReadOnly())
            out.value.notice = db.readOnlyReason()->userMessage;
        const CorpusRepository repo(db);
        auto documents = repo.documents();
        if (!documents)
            return documents.error();
        auto submissions = repo.submissions();
        if (!submissions)
            return submissions.error();
        out.value.documents = std::move(documents).value();
        out.value.submissions = std::move(submissions).value();
        return std::nullopt;
    };
    if (!Detail::withDatabase(path, read, out.error))
        out.value = {};
    return out;
}

using Paragraphs = QList<Storage::ParagraphRecord>;

// A document's text: its paragraphs and the tables that stand between them.
struct DocumentText
{
    Paragraphs paragraphs;
    QList<Storage::TableRecord> tables;
};
using Votes = QList<Storage::VoteRecord>;

// Of a document's tables, those that stand after one of these paragraphs (a submission's).
QList<Storage::TableRecord> tablesAfter(const Paragraphs &paragraphs,
                                        const QList<Storage::TableRecord> &tables)
{
    QSet<qint64> ids;
    for (const auto &p : paragraphs)
        ids.insert(p.id);
    QList<Storage::TableRecord> out;
    for (const auto &t : tables) {
        if (t.afterParagraphId && ids.contains(*t.afterParagraphId))
            out.append(t);
    }
    return out;
}

} // namespace

CorpusLoader::CorpusLoader(QObject *parent) : QObject(parent) {}

CorpusLoader::~CorpusLoader()
{
    waitForBackgroundWork(this);
}

void CorpusLoader::loadCorpus(const QString &databasePath)
{
    m_corpusRead.run([databasePath] { return readCorpus(databasePath); },
                     [this, databasePath](const BackgroundResult<Corpus> &read) {
                         if (read.error.isEmpty())
                             emit corpusLoaded(databasePath, read.value.documents,
                                               read.value.submissions, read.value.notice);
                         else
                             emit corpusFailed(databasePath, read.error);
                     });
}

void CorpusLoader::loadParagraphs(const QString &databasePath, qint64 submissionId)
{
    m_textRead.run(
        [databasePath, submissionId] {
            return readDatabase<DocumentText>(
                databasePath, [submissionId](Database &db) -> Result<DocumentText> {
                    auto paragraphs = CorpusRepository(db).paragraphsOfSubmission(submissionId);
                    if (!paragraphs)
                        return paragraphs.error();
                    if (paragraphs->isEmpty())
                        return DocumentText{};
                    auto tables = Storage::TableRepository(db).tablesOfDocument(
                        paragraphs->first().document, paragraphs->first().documentLanguage);
                    if (!tables)
                        return tables.error();
                    return DocumentText{*paragraphs, tablesAfter(*paragraphs, *tables)};
                });
        },
        [this, submissionId](const BackgroundResult<DocumentText> &read) {
            if (read.error.isEmpty())
                emit paragraphsLoaded(submissionId, read.value.paragraphs, read.value.tables);
            else
                emit paragraphsFailed(submissionId, read.error);
        });
}

void CorpusLoader::loadDocumentText(const QString &databasePath, const QString &symbol,
                                    const QString &language)
{
    m_textRead.run(
        [databasePath, symbol, language] {
            return readDatabase<DocumentText>(
                databasePath, [symbol, language](Database &db) -> Result<DocumentText> {
                    auto paragraphs = CorpusRepository(db).paragraphsOfDocument(symbol, language);
                    if (!paragraphs)
                        return paragraphs.error();
                    auto tables = Storage::TableRepository(db).tablesOfDocument(symbol, language);
                    if (!tables)
                        return tables.error();
                    return DocumentText{std::move(paragraphs).value(), std::move(tables).value()};
                });
        },
        [this, symbol](const BackgroundResult<DocumentText> &read) {
            if (read.error.isEmpty())
                emit documentTextLoaded(symbol, read.value.paragraphs, read.value.tables);
            else
                emit paragraphsFailed(0, read.error);
        });
}

void CorpusLoader::loadVotes(const QString &databasePath)
{
    m_votesRead.run(
        [databasePath] {
            return readDatabase<Votes>(
                databasePath, [](Database &db) { return Storage::VoteRepository(db).votes(); });
        },
        [this, databasePath](const BackgroundResult<Votes> &read) {
            if (read.error.isEmpty())
                emit votesLoaded(databasePath, read.value);
            else
                emit votesFailed(databasePath, read.error);
        });
}

} // namespace Rapporteur::Gui
