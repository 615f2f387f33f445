#pragma once

#include "gui/common/corpussession.h"
#include "gui/reader/paragraphspans.h"

#include "storage/records.h"
#include "storage/tablerecords.h"

#include <QObject>

#include <optional>

namespace Rapporteur::Gui {

class CorpusLoader;
class SubmissionReader;

// What the reader tab shows: a submission's or a whole document's text, read off the GUI thread
// from the session's database, and then the paragraph asked for. A text that arrives after the
// corpus or the request changed is dropped.
class ReadingController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadingController)

public:
    ReadingController(const CorpusSession &session, SubmissionReader &reader,
                      QObject *parent = nullptr);
    ~ReadingController() override;

    // A submission of the session's corpus: submissionShown once its text is on show.
    void readSubmission(qint64 submissionId);
    // A document of the session's corpus, whole: documentShown once its text is on show.
    void readDocument(qint64 documentId);

    enum class When
    {
        Now,       // the text on show holds it
        OnceShown, // the text that holds it is being read
    };
    // Scrolls to the paragraph and selects it (or, given a mark, that span of it: the term a
    // search found), now or once the next text is on show: paragraphShown.
    void showParagraph(qint64 paragraphId, When when, std::optional<TextSpan> mark = {});

signals:
    void submissionShown(qint64 submissionId);
    void documentShown(const QString &symbol);
    void paragraphShown(qint64 paragraphId);
    void readFailed(const QString &message);

private:
    void showSubmission(qint64 submissionId, const QList<Storage::ParagraphRecord> &paragraphs,
                        const QList<Storage::TableRecord> &tables);
    void showDocumentText(const QString &symbol, const QList<Storage::ParagraphRecord> &paragraphs,
                          const QList<Storage::TableRecord> &tables);
    void showPendingParagraph();

    const CorpusSession &m_session;
    SubmissionReader &m_reader;
    CorpusLoader *m_loader;
    qint64 m_requestedSubmission = 0;
    qint64 m_pendingParagraph = 0;
    std::optional<TextSpan> m_pendingMark;
};

} // namespace Rapporteur::Gui
