#pragma once

#include "codinganalysisdata.h"
#include "gui/common/corpussession.h"
#include "gui/common/latestread.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
QT_END_NAMESPACE

namespace Rapporteur::Gui {

class AgreementModel;
class CodeMatrixModel;
class CodingAgreementPage;
class CodingMatrixPage;
class CodingRetrievalPage;
class CodingSegmentModel;
class DisagreementModel;

// Analysis of the qualitative coding (issue 7), for a central tab or a window of its own:
//   - Retrieval: every segment of a chosen code (quote, state, document, page, coder, memo);
//   - Code × state and Code × vote position (of a chosen recorded vote): counts of segments,
//     and the segments behind a cell when it is clicked;
//   - Co-occurrence: the paragraphs where two codes were both applied;
//   - Agreement between two chosen coders, per code, and where they disagree.
// A coder filter above the tabs narrows retrieval and the matrices to one coder's codings, and
// "Export CSV…" writes the table of the current tab as it is shown.
//
// Use: construct it with the session; it reads the session's database itself, off the GUI thread,
// whenever the session says the database, its documents or its codings changed (once it is on
// show), or on reload(), and emits loaded (or loadFailed). Choices (code, coder, vote, cell,
// the two coders) are kept where they still exist. Connect paragraphRequested to whatever shows
// a paragraph: it is emitted when a segment or a disagreement is double-clicked. The methods
// below choose what the user chooses, for tests and for callers that want to open a view on a
// given code or cell.
class CodingAnalysisView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodingAnalysisView)

public:
    enum Page
    {
        RetrievalPage,
        StatePage,
        PositionPage,
        CoOccurrencePage,
        AgreementPage,
    };

    explicit CodingAnalysisView(const CorpusSession &session, QWidget *parent = nullptr);
    // Waits for a read still running, so that no worker outlives the view.
    ~CodingAnalysisView() override;

    // Reads codings, codebook and votes again in the background; a later reload supersedes an
    // earlier one. Emits loaded, or loadFailed with a message fit for the user.
    void reload();
    bool isLoading() const { return m_read.isPending(); }
    const CodingAnalysisData &data() const { return m_data; }

    Page currentPage() const;
    void setCurrentPage(Page page);
    // Narrows retrieval and the matrices to one coder's codings; empty: every coder. False
    // when nobody of that name has coded.
    bool setCoder(const QString &coder);
    QString coder() const;
    // Retrieval of a code (with the codes below it, when asked); false when there is none.
    bool showCode(const QString &codePath, bool withSubcodes = false);
    // The vote of the code × vote position matrix; false when there is no such vote.
    bool setVote(qint64 voteId);
    // Lists the segments behind a cell of a matrix page, as clicking it does. columnKey is what
    // the core names the column: an entity code (AUS), a position (yes, no, abstain,
    // non_voting) or a code path. False when the cell is not in the matrix.
    bool showCell(Page page, const QString &codePath, const QString &columnKey);
    // Compares two coders on the agreement page; emits agreementComputed when done.
    void compareCoders(const QString &first, const QString &second, bool excludeUncoded);
    // Writes the current page's table, as shown, as CSV (UTF-8 with a byte-order mark). False
    // with the reason in the status line when the file could not be written.
    bool exportCsv(const QString &path);
    QString statusText() const;

    // The models behind the tables, for tests and for callers that read what is shown.
    CodingSegmentModel *retrievalModel() const;
    CodeMatrixModel *matrixModel(Page page) const;         // null for retrieval and agreement
    CodingSegmentModel *cellSegmentModel(Page page) const; // likewise
    AgreementModel *agreementModel() const;
    DisagreementModel *disagreementModel() const;
    CodingMatrixPage *matrixPage(Page page) const;
    CodingAgreementPage *agreementPage() const { return m_agreement; }

signals:
    void loaded();
    void loadFailed(const QString &message);
    void agreementComputed();
    // A paragraph to read: the user double-clicked a segment or a disagreement.
    void paragraphRequested(qint64 paragraphId);

protected:
    // Reads what changed while it was hidden.
    void showEvent(QShowEvent *event) override;

private:
    void sessionChanged(CorpusSession::Changes what);
    QWidget *createPositionControls();
    void chooseExportFile();
    void setData(const CodingAnalysisData &read);
    void refresh();
    void refreshPositions();
    void showNote(const QString &note);
    QString currentCsv() const;

    const CorpusSession &m_session;
    bool m_stale = false; // the session changed since the last read
    LatestRead m_read{this};
    CodingAnalysisData m_data;
    QList<Storage::CodingRecord> m_shown; // m_data's codings by the chosen coder

    QTabWidget *m_tabs;
    QComboBox *m_coder;
    QPushButton *m_export;
    QLabel *m_status;
    QComboBox *m_vote = nullptr; // made with the position page's controls
    CodingRetrievalPage *m_retrieval;
    CodingMatrixPage *m_byState;
    CodingMatrixPage *m_byPosition;
    CodingMatrixPage *m_coOccurrence;
    CodingAgreementPage *m_agreement;
};

} // namespace Rapporteur::Gui
