#include "votetotalschart.h"

#include "gui/common/chartview.h"

#include "votetablemodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace Rapporteur::Gui {

namespace {

constexpr VotePosition kPositions[] = {VotePosition::Yes, VotePosition::No, VotePosition::Abstain,
                                       VotePosition::NonVoting};

qsizetype countOf(const Storage::VoteRecord &vote, VotePosition position)
{
    switch (position) {
    case VotePosition::Yes:
        return vote.yes.size();
    case VotePosition::No:
        return vote.no.size();
    case VotePosition::Abstain:
        return vote.abstain.size();
    case VotePosition::NonVoting:
        return vote.nonVoting.size();
    }
    return 0;
}

// A bar's label: the vote's label, with its document when the corpus has votes of several.
QString categoryOf(const Storage::VoteRecord &vote, bool severalDocuments)
{
    return severalDocuments ? vote.document + QLatin1Char(' ') + vote.label : vote.label;
}

} // namespace

VoteTotalsChart::VoteTotalsChart(QWidget *parent)
    : QWidget(parent), m_view(addChartView(this, tr("Totals of the recorded votes")))
{
    setObjectName(QStringLiteral("voteTotalsChart"));
    m_view->chart()->legend()->setAlignment(Qt::AlignRight);
}

VoteTotalsChart::~VoteTotalsChart() = default;

void VoteTotalsChart::setVotes(const QList<Storage::VoteRecord> &votes)
{
    QChart *chart = m_view->chart();
    clearChart(chart);
    if (votes.isEmpty())
        return;

    const bool severalDocuments = std::any_of(votes.cbegin(), votes.cend(), [&](const auto &v) {
        return v.document != votes.constFirst().document;
    });
    QStringList categories;
    for (const auto &vote : votes)
        categories << categoryOf(vote, severalDocuments);

    auto *series = new QStackedBarSeries;
    int largest = 0;
    for (const auto &vote : votes) {
        int total = 0;
        for (VotePosition position : kPositions)
            total += static_cast<int>(countOf(vote, position));
        largest = std::max(largest, total);
    }
    for (VotePosition position : kPositions) {
        auto *set = new QBarSet(VoteTableModel::positionLabel(position));
        set->setColor(VoteTableModel::positionColour(position));
        set->setBorderColor(VoteTableModel::positionColour(position).darker(130));
        set->setLabelColor(Qt::black);
        for (const auto &vote : votes)
            *set << static_cast<qreal>(countOf(vote, position));
        connect(set, &QBarSet::clicked, this, &VoteTotalsChart::voteChosen);
        series->append(set);
    }
    series->setLabelsVisible(true);
    chart->addSeries(series);

    auto *x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, largest);
    // The bars carry their numbers; an axis with labels would not fit a dock's narrow chart.
    y->setVisible(false);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

QStringList VoteTotalsChart::categories() const
{
    for (QAbstractAxis *axis : m_view->chart()->axes(Qt::Horizontal)) {
        if (auto *x = qobject_cast<QBarCategoryAxis *>(axis))
            return x->categories();
    }
    return {};
}

QList<int> VoteTotalsChart::values(VotePosition position) const
{
    QList<int> result;
    const QString label = VoteTableModel::positionLabel(position);
    for (QAbstractSeries *series : m_view->chart()->series()) {
        for (QBarSet *set : static_cast<QStackedBarSeries *>(series)->barSets()) {
            if (set->label() != label)
                continue;
            for (int i = 0; i < set->count(); ++i)
                result << static_cast<int>(set->at(i));
        }
    }
    return result;
}

} // namespace Rapporteur::Gui
