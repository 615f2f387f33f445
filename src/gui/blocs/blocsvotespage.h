#pragma once

#include "blocsdata.h"
#include "blocspage.h"

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QTableView;
QT_END_NAMESPACE

namespace Rapporteur::Gui {

class StatePositionModel;
class VoteTotalsChart;

// The "Votes" tab of the voting blocs: for one recorded vote, how the states with a submission
// in the corpus voted, with a summary of the counts, and the totals of every chosen vote in a
// chart (a bar clicked chooses its vote). It shows the view's corpus and analysis (shown).
class BlocsVotesPage final : public BlocsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BlocsVotesPage)

public:
    explicit BlocsVotesPage(const BlocsShown &shown, QWidget *parent = nullptr);
    ~BlocsVotesPage() override;

    // Lists the corpus's votes to choose from; the chosen one stays chosen while it is there.
    void listVotes();
    // Shows the chosen votes' totals and the chosen vote again, after a new analysis.
    void showAnalysis();
    // Chooses a vote and shows how the submitting states voted; false when it is not in the
    // corpus.
    bool showVote(qint64 voteId);

    StatePositionModel *submittingModel() const { return m_submittingModel; }
    VoteTotalsChart *totalsChart() const { return m_totalsChart; }

private:
    void showChosenVote();

    const BlocsShown &m_shown;
    QComboBox *m_vote;
    QLabel *m_voteSummary;
    StatePositionModel *m_submittingModel;
    QTableView *m_submittingTable;
    VoteTotalsChart *m_totalsChart;
};

} // namespace Rapporteur::Gui
