#pragma once

#include "gui/common/latestread.h"

#include "storage/records.h"
#include "storage/tablerecords.h"
#include "storage/voterecords.h"

#include <QList>
#include <QObject>
#include <QString>

namespace Rapporteur::Gui {

// Reads the corpus off the GUI thread. Each request runs on the global thread pool with a
// database connection of its own (one connection per thread), hands back value structs, and
// reports on the GUI thread through the signals below. A request supersedes any earlier one of
// the same kind: the results of a superseded request are dropped, never emitted.
class CorpusLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorpusLoader)

public:
    explicit CorpusLoader(QObject *parent = nullptr);
    // Waits for the requests still running, so that no worker outlives the loader's owner (or
    // the database file a test is about to delete).
    ~CorpusLoader() override;

    // All documents and all submissions: corpusLoaded or corpusFailed.
    void loadCorpus(const QString &databasePath);
    // One submission's paragraphs in reading order, and the tables that stand after them:
    // paragraphsLoaded or paragraphsFailed.
    void loadParagraphs(const QString &databasePath, qint64 submissionId);

    // A whole document's paragraphs in reading order, and its tables: documentTextLoaded or
    // paragraphsFailed (with submission id 0). It supersedes a paragraphs request, and the other
    // way round.
    // No language: the document's primary version (storage/documentversions.h).
    void loadDocumentText(const QString &databasePath, const QString &symbol,
                          const QString &language = {});

    // Every recorded vote of the corpus: votesLoaded or votesFailed.
    void loadVotes(const QString &databasePath);

    bool isLoadingCorpus() const { return m_corpusRead.isPending(); }

signals:
    // notice is empty, or says why the database is open read-only.
    void corpusLoaded(const QString &databasePath,
                      const QList<Rapporteur::Storage::DocumentRecord> &documents,
                      const QList<Rapporteur::Storage::SubmissionRecord> &submissions,
                      const QString &notice);
    void corpusFailed(const QString &databasePath, const QString &message);
    void paragraphsLoaded(qint64 submissionId,
                          const QList<Rapporteur::Storage::ParagraphRecord> &paragraphs,
                          const QList<Rapporteur::Storage::TableRecord> &tables);
    void paragraphsFailed(qint64 submissionId, const QString &message);
    void documentTextLoaded(const QString &symbol,
                            const QList<Rapporteur::Storage::ParagraphRecord> &paragraphs,
                            const QList<Rapporteur::Storage::TableRecord> &tables);
    void votesLoaded(const QString &databasePath,
                     const QList<Rapporteur::Storage::VoteRecord> &votes);
    void votesFailed(const QString &databasePath, const QString &message);

private:
    LatestRead m_corpusRead{this};
    LatestRead m_textRead{this}; // a submission's paragraphs or a document's text
    LatestRead m_votesRead{this};
};

} // namespace Rapporteur::Gui
