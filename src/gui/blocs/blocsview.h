#pragma once

#include "blocsdata.h"
#include "blocsgroupspage.h"
#include "blocsmatrixpage.h"
#include "blocsvotespage.h"
#include "cohesionchart.h"
#include "gui/common/corpussession.h"
#include "gui/common/latestread.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
QT_END_NAMESPACE

namespace Rapporteur::Gui {

class AdaptiveSplitter;
class BlocChoicePanel;
class StateSubmissionsPane;

// "Voting blocs", for a central tab: who votes with whom over the recorded votes of the corpus.
//
// * Over the pages, the choices (BlocChoicePanel): which votes, what an abstention and not
//   voting count for, k, as a bar that wraps. Every page shows the analysis they ask for.
// * "Matrix and blocs" (BlocsMatrixPage): the agreement heat map in cluster order with the
//   dendrogram beside it, the cut for k, the k blocs with their members; a cell's two states'
//   votes side by side.
// * "Groups" (BlocsGroupsPage): a group's cohesion on each vote, who voted otherwise or not at
//   all, and a Qt Charts chart of every group's cohesion per vote.
// * "Votes" (BlocsVotesPage): for one vote, how the states with a submission in the corpus
//   voted, and the totals.
// * Right, what the states chosen on any page wrote (StateSubmissionsPane): their submissions,
//   one double-click from the reader. When the view is too narrow for it beside the pages (the
//   main window's docks open), a tab of its own, so that the pages keep the width.
// * Over the pages, the status line and the export menu.
//
// The view itself reads the session's votes when the session opens a database or its documents
// change, once it is on show (or on reload()), analyses the chosen votes, and hands what it read
// and computed (BlocsShown) to the pages. Everything is read and computed off the GUI thread.
// Connect entityRequested to the state's profile and submissionRequested to the reader.
class BlocsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BlocsView)

public:
    explicit BlocsView(const CorpusSession &session, QWidget *parent = nullptr);
    // Waits for work still running, so that no worker outlives the view.
    ~BlocsView() override;

    // Reads the votes, groups and submissions again, then analyses; a later reload supersedes an
    // earlier one. Emits loaded (or loadFailed), then analysisShown. The choices stay as they
    // were where the votes still exist.
    void reload();
    // As narrow as the pages with the submissions a page of their own.
    QSize minimumSizeHint() const override;

    // Reading or analysing.
    bool isBusy() const { return m_read.isPending(); }

    // The choices, as the panel on the left sets them. Votes by id; a change runs the analysis
    // again (analysisShown when done).
    void setChosenVotes(const QList<qint64> &voteIds);
    QList<qint64> chosenVotes() const;
    void setAgreementOptions(const Blocs::AgreementOptions &options);
    Blocs::AgreementOptions agreementOptions() const;
    void setBlocCount(int k);
    int blocCount() const;
    // Shows a group's cohesion (by any of its names); false when there is no such group.
    bool showGroup(const QString &name);
    // Shows how the submitting states voted on a vote; false when it is not in the corpus.
    bool showVote(qint64 voteId);
    // Shows two states' votes side by side, as clicking their heat-map cell does.
    bool showPair(const QString &first, const QString &second);
    // Lists the submissions of a bloc's members (from 0), as choosing it in the list does.
    bool showBloc(int bloc);
    void setCohesionMeasure(CohesionChart::Measure measure);

    // What is on show.
    const BlocsCorpus &corpus() const { return m_shown.corpus; }
    const Blocs::BlocAnalysis &analysis() const { return m_shown.analysis; }
    QList<QStringList> blocs() const; // the cut, as the bloc list shows it
    QString message() const;          // the note over the view: no votes, reading, …
    QString statusText() const;

    AgreementHeatMap *heatMap() const { return m_matrix->heatMap(); }
    DendrogramView *dendrogram() const { return m_matrix->dendrogram(); }
    BlocTreeModel *blocModel() const { return m_matrix->blocModel(); }
    PairVotesModel *pairModel() const { return m_matrix->pairModel(); }
    CohesionModel *cohesionModel() const { return m_groups->cohesionModel(); }
    StatePositionModel *dissentModel() const { return m_groups->dissentModel(); }
    CohesionChart *cohesionChart() const { return m_groups->cohesionChart(); }
    StatePositionModel *submittingModel() const { return m_votes->submittingModel(); }
    VoteTotalsChart *totalsChart() const { return m_votes->totalsChart(); }
    StateSubmissionsPane *submissionsPane() const { return m_submissions; }

    // Exports; false with the reason shown in the status line on failure.
    bool exportCsv(const QString &path);        // the matrix in cluster order, as the CLI's --csv
    bool exportHeatMapPng(const QString &path); // the whole map with its legend
    bool exportDendrogramPng(const QString &path);
    bool exportCohesionChartPng(const QString &path);
    bool exportTotalsChartPng(const QString &path);

signals:
    void loaded();
    void loadFailed(const QString &message);
    // An analysis for the current choices is on show (after every reload and every change).
    void analysisShown();
    // A state to show in its profile (a member chosen in a list, the profile button).
    void entityRequested(const QString &code);
    // A submission to read.
    void submissionRequested(qint64 submissionId);

protected:
    // Reads what changed while it was hidden.
    void showEvent(QShowEvent *event) override;
    // Places the submissions beside the pages or, when the view is narrow, in a tab of theirs.
    void resizeEvent(QResizeEvent *event) override;

private:
    void sessionChanged(CorpusSession::Changes what);
    struct Computed; // the analysis and every group's cohesion, computed off the GUI thread

    QPushButton *createExportButton();
    void chooseExportFile(const QString &title, const QString &suffix,
                          bool (BlocsView::*write)(const QString &));

    int submissionsWidth() const;
    void placeSubmissions(bool beside);
    void showSubmissions(bool shown);

    void setCorpus(const BlocsCorpus &corpus);
    void analyse();
    void showComputed(const Computed &computed);
    void showNote(const QString &note);
    void applyBlocCount();
    void showStatesOf(const QString &title, const QStringList &codes);
    bool writeImage(const QImage &image, const QString &path);
    void setStatus(const QString &text);

    const CorpusSession &m_session;
    bool m_stale = false;    // the session changed since the last read
    LatestRead m_read{this}; // the votes, then an analysis of them: one supersedes the other
    BlocsShown m_shown;      // what the pages show

    BlocChoicePanel *m_choices;
    QStackedWidget *m_stack; // the note, or the tabs
    QLabel *m_note;
    QTabWidget *m_tabs;
    QLabel *m_status;
    QPushButton *m_export = nullptr;     // made with the bar over the pages
    StateSubmissionsPane *m_submissions; // beside the tabs, or one of them
    bool m_submissionsShown = false;     // there is something to list
    bool m_placed = false;
    AdaptiveSplitter *m_splitter; // the tabs and, when there is room, the submissions
    // The tabs, in the order they are added.
    BlocsMatrixPage *m_matrix;
    BlocsGroupsPage *m_groups;
    BlocsVotesPage *m_votes;
};

} // namespace Rapporteur::Gui
