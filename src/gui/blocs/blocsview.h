#pragma once

#include "blocsdata.h"
#include "cohesionchart.h"
#include "gui/common/corpussession.h"
#include "gui/common/latestread.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QScrollArea;
class QSlider;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QToolButton;
class QTreeView;
QT_END_NAMESPACE

namespace Rapporteur::Gui {

class AgreementHeatMap;
class BlocChoicePanel;
class BlocTreeModel;
class CohesionModel;
class DendrogramView;
class PairVotesModel;
class StatePositionModel;
class StateSubmissionsPane;
class VoteTotalsChart;

// "Voting blocs", for a central tab: who votes with whom over the recorded votes of the corpus.
//
// * Left, the choices: which votes, what an abstention and not voting count for, k.
// * "Matrix and blocs": the agreement heat map in cluster order with the dendrogram beside it
//   (same rows), the cut for k, the k blocs with their members; a cell's two states' votes side
//   by side.
// * "Groups": a group's cohesion on each vote, who voted otherwise or not at all, and a Qt Charts
//   chart of every group's cohesion per vote.
// * "Votes": for one vote, how the states with a submission in the corpus voted, and the totals.
// * Right, what the chosen states wrote: their submissions, one double-click from the reader.
//
// It reads the session's votes when the session opens a database or its documents change, once
// it is on show (or on reload()). Everything is read and computed off the GUI thread. Connect
// entityRequested to the state's profile and submissionRequested to the reader.
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
    const BlocsCorpus &corpus() const { return m_corpus; }
    const Blocs::BlocAnalysis &analysis() const { return m_analysis; }
    QList<QStringList> blocs() const; // the cut, as the bloc list shows it
    QString message() const;          // the note over the view: no votes, reading, …
    QString statusText() const;

    AgreementHeatMap *heatMap() const { return m_heatMap; }
    DendrogramView *dendrogram() const { return m_dendrogram; }
    BlocTreeModel *blocModel() const { return m_blocModel; }
    PairVotesModel *pairModel() const { return m_pairModel; }
    CohesionModel *cohesionModel() const { return m_cohesionModel; }
    StatePositionModel *dissentModel() const { return m_dissentModel; }
    CohesionChart *cohesionChart() const { return m_cohesionChart; }
    StatePositionModel *submittingModel() const { return m_submittingModel; }
    VoteTotalsChart *totalsChart() const { return m_totalsChart; }
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

private:
    void sessionChanged(CorpusSession::Changes what);
    enum Tab // m_tabs' pages, in the order the constructor adds them
    {
        MatrixTab,
        GroupsTab,
        VotesTab,
    };
    struct Computed; // the analysis and every group's cohesion, computed off the GUI thread

    // blocsviewpages.cpp: building the pages.
    QWidget *createMatrixPage();
    QWidget *createGroupsPage();
    QWidget *createVotesPage();
    QToolButton *createExportButton();
    void chooseExportFile(const QString &title, const QString &suffix,
                          bool (BlocsView::*write)(const QString &));

    void setCorpus(const BlocsCorpus &corpus);
    void analyse();
    void showComputed(const Computed &computed);
    void showNote(const QString &note);
    void applyBlocCount();
    void layoutMatrix();
    void showCohesion();
    void showChosenVote();
    void showStatesOf(const QString &title, const QStringList &codes);
    bool writeImage(const QImage &image, const QString &path);
    void setStatus(const QString &text);

    const CorpusSession &m_session;
    bool m_stale = false;    // the session changed since the last read
    LatestRead m_read{this}; // the votes, then an analysis of them: one supersedes the other
    BlocsCorpus m_corpus;
    Blocs::BlocAnalysis m_analysis;
    QList<QList<Blocs::GroupCohesion>> m_groupCohesion; // [group][chosen vote]
    CohesionChart::Measure m_measure = CohesionChart::Measure::AgreementIndex;

    BlocChoicePanel *m_choices;
    QStackedWidget *m_stack; // the note, or the tabs
    QLabel *m_note;
    QTabWidget *m_tabs;
    QLabel *m_status;
    QToolButton *m_export;
    // Matrix and blocs
    QSlider *m_zoom;
    QScrollArea *m_scroll;
    AgreementHeatMap *m_heatMap;
    DendrogramView *m_dendrogram;
    BlocTreeModel *m_blocModel;
    QTreeView *m_blocTree;
    QLabel *m_pairTitle;
    PairVotesModel *m_pairModel;
    QTableView *m_pairTable;
    // Groups
    QComboBox *m_group;
    QComboBox *m_measureChoice;
    CohesionModel *m_cohesionModel;
    QTableView *m_cohesionTable;
    QLabel *m_dissentTitle;
    StatePositionModel *m_dissentModel;
    QTableView *m_dissentTable;
    CohesionChart *m_cohesionChart;
    // Votes
    QComboBox *m_vote;
    QLabel *m_voteSummary;
    StatePositionModel *m_submittingModel;
    QTableView *m_submittingTable;
    VoteTotalsChart *m_totalsChart;

    StateSubmissionsPane *m_submissions;
};

} // namespace Rapporteur::Gui
