#include "readingcontroller.h"

#include "submissionreader.h"

#include "gui/corpus/corpusloader.h"

#include <algorithm>
#include <utility>

namespace Rapporteur::Gui {

ReadingController::ReadingController(const CorpusSession &session, SubmissionReader &reader,
                                     QObject *parent)
    : QObject(parent), m_session(session), m_reader(reader), m_loader(new CorpusLoader(this))
{
    connect(m_loader, &CorpusLoader::paragraphsLoaded, this, &ReadingController::showSubmission);
    connect(m_loader, &CorpusLoader::documentTextLoaded, this,
            &ReadingController::showDocumentText);
    connect(m_loader, &CorpusLoader::paragraphsFailed, this,
            [this](qint64, const QString &message) {
                m_reader.showNote(message);
                emit readFailed(message);
            });
}

ReadingController::~ReadingController() = default;

void ReadingController::readSubmission(qint64 submissionId)
{
    m_requestedSubmission = submissionId;
    m_loader->loadParagraphs(m_session.path(), submissionId);
}

void ReadingController::readDocument(qint64 documentId)
{
    const auto &documents = m_session.documents();
    const auto document = std::find_if(documents.cbegin(), documents.cend(),
                                       [&](const auto &d) { return d.id == documentId; });
    if (document == documents.cend())
        return;
    m_requestedSubmission = 0;
    m_reader.showDocument(*document); // until its text has loaded
    m_loader->loadDocumentText(m_session.path(), document->symbol, document->language);
}

void ReadingController::showParagraph(qint64 paragraphId, When when, std::optional<TextSpan> mark)
{
    m_pendingParagraph = paragraphId;
    m_pendingMark = mark;
    if (when == When::Now)
        showPendingParagraph();
}

void ReadingController::showSubmission(qint64 submissionId,
                                       const QList<Storage::ParagraphRecord> &paragraphs,
                                       const QList<Storage::TableRecord> &tables)
{
    const auto &submissions = m_session.submissions();
    const auto submission = std::find_if(submissions.cbegin(), submissions.cend(),
                                         [&](const auto &s) { return s.id == submissionId; });
    if (submission == submissions.cend() || submissionId != m_requestedSubmission)
        return; // the corpus or the request changed while it loaded
    m_reader.showSubmission(*submission, paragraphs, tables);
    emit submissionShown(submissionId);
    showPendingParagraph();
}

void ReadingController::showDocumentText(const QString &symbol,
                                         const QList<Storage::ParagraphRecord> &paragraphs,
                                         const QList<Storage::TableRecord> &tables)
{
    const QString language = paragraphs.isEmpty() ? QString() : paragraphs.first().documentLanguage;
    const auto &documents = m_session.documents();
    const auto document = std::find_if(documents.cbegin(), documents.cend(), [&](const auto &d) {
        return d.symbol == symbol && (language.isEmpty() || d.language == language);
    });
    if (document == documents.cend() || m_reader.documentSymbol() != symbol ||
        m_reader.submissionId() != 0)
        return; // the corpus or the request changed while it loaded
    m_reader.showDocumentText(*document, paragraphs, m_session.submissions(), tables);
    emit documentShown(symbol);
    showPendingParagraph();
}

void ReadingController::showPendingParagraph()
{
    const qint64 paragraph = std::exchange(m_pendingParagraph, 0);
    const std::optional<TextSpan> mark = std::exchange(m_pendingMark, std::nullopt);
    if (paragraph == 0 || !m_reader.showParagraph(paragraph))
        return;
    if (mark)
        m_reader.selectSpan(*mark); // the term rather than the whole paragraph
    emit paragraphShown(paragraph);
}

} // namespace Rapporteur::Gui
