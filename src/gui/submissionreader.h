#pragma once

#include "storage/records.h"

#include <QTextBrowser>

namespace Rapporteur::Gui {

// Read-only text of one submission: its heading, then each paragraph in reading order with the
// page it starts on in the margin, headings in bold, footnotes in smaller type under the
// paragraph that carries their marker, and links as anchors that open in the web browser.
class SubmissionReader final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmissionReader)

public:
    explicit SubmissionReader(QWidget *parent = nullptr);
    ~SubmissionReader() override;

    void showSubmission(const Storage::SubmissionRecord &submission,
                        const QList<Storage::ParagraphRecord> &paragraphs);
    void showDocument(const Storage::DocumentRecord &document);
    // A short note in place of a text: nothing selected, loading failed, an empty corpus.
    void showNote(const QString &note);

    // The submission on show, or 0.
    qint64 submissionId() const { return m_submissionId; }

private:
    qint64 m_submissionId = 0;
};

} // namespace Rapporteur::Gui
