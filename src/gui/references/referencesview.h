#pragma once

#include "gui/common/corpussession.h"
#include "gui/common/latestread.h"
#include "referencesdata.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
QT_END_NAMESPACE

namespace Rapporteur::Gui {

class CitationModel;
class InstrumentMatrixModel;
class ReferenceTargetFilter;
class ReferenceTargetModel;

// Cross-references of the corpus, for a central tab: every cited document and instrument
// (filterable by kind and text), the state × instrument matrix, and below them "cited by" for
// what is chosen in either: a target's citing paragraphs, or one state's for one instrument.
// It reads the session's database itself, off the GUI thread, when the session opens one or its
// documents change, and on reload().
class ReferencesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReferencesView)

public:
    explicit ReferencesView(const CorpusSession &session, QWidget *parent = nullptr);
    // Waits for a read still running, so that no worker outlives the view.
    ~ReferencesView() override;

    // Reads everything again in the background; a later reload supersedes an earlier one. Emits
    // loaded, or loadFailed with a message fit for the user. What was chosen stays chosen.
    void reload();
    bool isLoading() const { return m_read.isPending(); }

    // Chooses a target by canonical symbol or instrument id, as if clicked in the list; false
    // when nothing in the corpus cites it.
    bool showTarget(const QString &target);
    // Lists one state's citations of one instrument, as clicking the matrix's cell does.
    bool showMatrixCell(const QString &entityCode, const QString &instrumentId);

    const ReferencesData &data() const { return m_data; }
    ReferenceTargetModel *targetModel() const { return m_targetModel; }
    ReferenceTargetFilter *targetFilter() const { return m_targetFilter; }
    CitationModel *citationModel() const { return m_citationModel; }
    InstrumentMatrixModel *matrixModel() const { return m_matrixModel; }
    QString citedByTitle() const;

signals:
    void loaded();
    void loadFailed(const QString &message);
    // A citing paragraph to read; submissionId is 0 for a paragraph outside any submission.
    void paragraphActivated(const QString &document, qint64 submissionId, qint64 paragraphId);
    // A cited document that is in the corpus, to open.
    void documentActivated(const QString &symbol);

private:
    void sessionChanged(CorpusSession::Changes what);
    QWidget *createTargetsPage();
    QWidget *createMatrixPage();
    QWidget *createCitedByPane();
    void setData(const ReferencesData &data);
    void showNote(const QString &note);
    void showTargetRow(int row);
    void showCell(const QModelIndex &cell);
    void showCitations(int targetRow, const QString &entityCode);
    void updateCount();

    const CorpusSession &m_session;
    LatestRead m_read{this};
    ReferencesData m_data;
    QString m_shownTarget; // what "cited by" lists, kept through a reload
    QString m_shownEntity; // and for a matrix cell, whose citations

    ReferenceTargetModel *m_targetModel;
    ReferenceTargetFilter *m_targetFilter;
    CitationModel *m_citationModel;
    QSortFilterProxyModel *m_citationSort;
    InstrumentMatrixModel *m_matrixModel;
    QTabWidget *m_tabs;
    QComboBox *m_kind;
    QLineEdit *m_filter;
    QLabel *m_count;
    QTableView *m_targets;
    QLabel *m_matrixNote;
    QTableView *m_matrix;
    QLabel *m_title;
    QLabel *m_details;
    QPushButton *m_open;
    QTableView *m_citations;
};

} // namespace Rapporteur::Gui
