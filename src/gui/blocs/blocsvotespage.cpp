#include "blocsvotespage.h"

#include "adaptivesplitter.h"
#include "gui/common/pageparts.h"
#include "gui/votes/votetotalschart.h"
#include "statepositionmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace Rapporteur::Gui {

BlocsVotesPage::BlocsVotesPage(const BlocsShown &shown, QWidget *parent)
    : BlocsPage(parent), m_shown(shown)
{
    m_vote = new QComboBox(this);
    m_vote->setObjectName(QStringLiteral("blocsVote"));
    m_vote->setAccessibleName(tr("Vote"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Vote:"), this));
    bar->addWidget(m_vote, 1);
    m_voteSummary = selectableLabel(this, QStringLiteral("blocsVoteSummary"));
    m_submittingModel = new StatePositionModel(this);
    m_submittingTable =
        recordTable(this, QStringLiteral("blocsSubmittingStates"),
                    tr("How the states with a submission voted"), m_submittingModel);
    m_totalsChart = new VoteTotalsChart(this);
    // The states and the chart side by side when the chart has room for its bars' labels, the
    // chart under the states when not.
    auto *splitter = new AdaptiveSplitter(this);
    splitter->setObjectName(QStringLiteral("blocsVotesSplitter"));
    splitter->addWidget(m_submittingTable);
    splitter->addWidget(m_totalsChart);
    const int chart = latinTextWidth(fontMetrics(), 40);
    splitter->setWideWidth(2 * chart);
    splitter->setSecondPaneExtent(chart, 14 * fontMetrics().lineSpacing());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_voteSummary);
    layout->addWidget(splitter, 1);

    connect(m_vote, &QComboBox::activated, this, &BlocsVotesPage::showChosenVote);
    connect(m_totalsChart, &VoteTotalsChart::voteChosen, this, [this](int index) {
        const Blocs::VoteMatrix &votes = m_shown.analysis.votes;
        if (index >= 0 && index < votes.voteCount())
            showVote(votes.votes[index].id);
    });
    followStates(m_submittingTable);
}

BlocsVotesPage::~BlocsVotesPage() = default;

void BlocsVotesPage::listVotes()
{
    const qint64 vote = m_vote->currentData().toLongLong();
    const QSignalBlocker quiet(m_vote);
    m_vote->clear();
    for (const Storage::VoteRecord &v : m_shown.corpus.votes)
        m_vote->addItem(QStringLiteral("%1 %2 %3").arg(v.document, v.label, v.subject), v.id);
    m_vote->setCurrentIndex(std::max(0, m_vote->findData(vote)));
}

void BlocsVotesPage::showAnalysis()
{
    m_totalsChart->setVotes(m_shown.analysis.votes.votes);
    showChosenVote();
}

bool BlocsVotesPage::showVote(qint64 voteId)
{
    const int index = m_vote->findData(voteId);
    if (index < 0)
        return false;
    m_vote->setCurrentIndex(index);
    emit raiseRequested();
    showChosenVote();
    return true;
}

void BlocsVotesPage::showChosenVote()
{
    const QList<Storage::VoteRecord> &votes = m_shown.corpus.votes;
    const qint64 id = m_vote->currentData().toLongLong();
    const auto it = std::find_if(votes.cbegin(), votes.cend(),
                                 [id](const Storage::VoteRecord &v) { return v.id == id; });
    if (it == votes.cend()) {
        m_submittingModel->setRows({});
        m_voteSummary->clear();
        return;
    }
    m_submittingModel->setRows(submittingStatePositions(*it, m_shown.corpus));
    const StatePositionModel &m = *m_submittingModel;
    m_voteSummary->setText(
        m.rowCount() == 0
            ? tr("No state has a submission in this corpus.")
            : tr("Of the %n state(s) with a submission in the corpus: ", "", m.rowCount()) +
                  tr("%1 in favour, %2 against, %3 abstaining, %4 not voting, %5 casting no vote "
                     "(observers)")
                      .arg(m.count(VotePosition::Yes))
                      .arg(m.count(VotePosition::No))
                      .arg(m.count(VotePosition::Abstain))
                      .arg(m.count(VotePosition::NonVoting))
                      .arg(m.count(std::nullopt)));
    m_submittingTable->resizeColumnsToContents();
}

} // namespace Rapporteur::Gui
