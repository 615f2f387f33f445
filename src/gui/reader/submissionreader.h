#pragma once

#include "codingmark.h"
#include "paragraphspans.h"

#include "storage/records.h"
#include "storage/tablerecords.h"

#include <QTextBrowser>

#include <functional>

QT_BEGIN_NAMESPACE
class QMenu;
QT_END_NAMESPACE

namespace Rapporteur::Gui {

class CodingMargin;

// Read-only text of one submission or one whole document: the heading, then each paragraph in
// reading order with the page it starts on in the margin, headings in bold, footnotes in smaller
// type under the paragraph that carries their marker (and on hover over the marker), and links:
// one to a document of the corpus opens it here (documentLinkActivated), others in the web
// browser. Copying adds where the text comes from: document, state and page.
// For coding: a selection maps to spans of paragraph text in code points (selectedSpans), spans
// can be selected without a mouse (selectSpan, selectRange), and codings are shown as tints of
// their code's colour on the text and as bars in a margin beside it (setCodingMarks).
class SubmissionReader final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmissionReader)

public:
    explicit SubmissionReader(QWidget *parent = nullptr);
    ~SubmissionReader() override;

    // Symbols of the corpus's documents: the text's mentions of them become links.
    void setCorpusSymbols(const QStringList &symbols);

    void showSubmission(const Storage::SubmissionRecord &submission,
                        const QList<Storage::ParagraphRecord> &paragraphs,
                        const QList<Storage::TableRecord> &tables = {});
    // A document's facts and warnings, without its text.
    void showDocument(const Storage::DocumentRecord &document);
    // A document's facts and its whole text; submissions name the state of each paragraph in
    // copied provenance.
    // Its tables stand after the paragraphs they follow (before the first when they have none),
    // each with a link to export it as CSV.
    void showDocumentText(const Storage::DocumentRecord &document,
                          const QList<Storage::ParagraphRecord> &paragraphs,
                          const QList<Storage::SubmissionRecord> &submissions,
                          const QList<Storage::TableRecord> &tables = {});
    // A short note in place of a text: nothing selected, loading failed, an empty corpus.
    void showNote(const QString &note);

    // Scrolls the paragraph into view and selects it; false when it is not on show.
    bool showParagraph(qint64 paragraphId);

    // The submission on show, or 0; the document on show (submission's or whole), or empty.
    qint64 submissionId() const { return m_submissionId; }
    QString documentSymbol() const { return m_documentSymbol; }

    // "荷兰王国, A/77/96, p. 27": where the text at the cursor's start comes from.
    QString provenance(const QTextCursor &cursor) const;
    // The tables on show, in the order they stand; the one at a point of the viewport (its id,
    // or 0).
    const QList<Storage::TableRecord> &tables() const { return m_tables; }
    qint64 tableIdAt(const QPoint &viewportPos) const;
    // The footnote text behind the marker at a point of the viewport, or empty.
    QString footnoteAt(const QPoint &viewportPos) const;

    // Where each paragraph on show lies in the text; empty for a note or a document's facts.
    const ParagraphSpans &spans() const { return m_spans; }
    // The selection as spans of paragraph text, one per paragraph it touches.
    QList<TextSpan> selectedSpans() const;
    // Selects a span of a paragraph on show (code points) and scrolls it into view; false when
    // the paragraph is not on show or the span does not fit its text.
    bool selectSpan(const TextSpan &span);
    // Selects from a point of one paragraph to a point of another (code points), across the
    // paragraphs, notes and labels between them.
    bool selectRange(qint64 fromParagraph, int fromOffset, qint64 toParagraph, int toOffset);

    // The codings to show; marks of paragraphs not on show are ignored. Cleared by every new text.
    void setCodingMarks(const QList<CodingMark> &marks);
    const QList<CodingMark> &codingMarks() const { return m_marks; }
    // The marks over the character at a point of the viewport.
    QList<CodingMark> marksAt(const QPoint &viewportPos) const;
    CodingMargin *codingMargin() const { return m_margin; }
    // The opacity of a mark's tint over the text (of 255).
    static constexpr int kMarkAlpha = 80;

signals:
    void documentLinkActivated(const QString &symbol);
    // The state's name in a submission's header was clicked: its profile is wanted.
    void entityActivated(const QString &entityCode);
    // A new text (or note) is on show: its coding marks, if any, are wanted.
    void textShown();
    // The coding marks changed (setCodingMarks).
    void codingMarksShown();
    // The context menu is about to open at a point of the viewport: listeners add their
    // actions (code the selection, memos) to it.
    void contextMenuAboutToShow(QMenu *menu, const QPoint &viewportPos);

protected:
    QMimeData *createMimeDataFromSelection() const override;
    bool viewportEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // What the reader knows of each row of the paragraph table, in order.
    struct Row
    {
        qint64 paragraphId = 0;
        int page = 0;
        QString source; // the state or organisation, or empty
        QList<Footnote> footnotes;
    };

    void showRows(const QString &headerHtml, const QList<Storage::ParagraphRecord> &paragraphs,
                  const std::function<QString(const Storage::ParagraphRecord &)> &sourceOf,
                  const QList<Storage::TableRecord> &tables = {});
    void exportTable(qint64 tableId);
    void onAnchorClicked(const QUrl &url);
    int rowAt(const QTextCursor &cursor) const;
    void textReplaced(const QList<Storage::ParagraphRecord> &paragraphs);
    void placeMargin();

    QStringList m_corpusSymbols;
    QList<Row> m_rows;
    QList<Storage::TableRecord> m_tables; // in the order they stand in the text
    QHash<qint64, int> m_rowOfParagraph;
    qint64 m_submissionId = 0;
    QString m_documentSymbol;
    ParagraphSpans m_spans;
    QList<CodingMark> m_marks;
    CodingMargin *m_margin;
};

} // namespace Rapporteur::Gui
