#include "votetotalschart.h"

#include "gui/common/chartview.h"

#include "votetablemodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Rapporteur::Gui {

namespace {

// Of a row's height, the bar's share (the rest parts the bars).
constexpr qreal kBarWidth = 0.7;
// More votes than this thin the bars instead of lengthening the chart.
constexpr qsizetype kMostRows = 8;

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
    : QWidget(parent), m_view(addChartView(this, tr("Totals of the recorded votes"))),
      m_legend(new QLabel(this))
{
    setObjectName(QStringLiteral("voteTotalsChart"));
    // QChartView sizes the chart to the whole view, frame included: a frame would cut its edge.
    m_view->setFrameShape(QFrame::NoFrame);
    // The chart's own legend cuts its labels ("Abstai…") when the dock narrows, as it does when
    // the central area holds four columns side by side; a label below the bars wraps instead.
    m_view->chart()->legend()->hide();
    m_legend->setObjectName(QStringLiteral("voteTotalsLegend"));
    m_legend->setWordWrap(true);
    m_legend->setAlignment(Qt::AlignHCenter);
    m_legend->setTextFormat(Qt::RichText);
    QStringList entries;
    for (VotePosition position : kPositions) {
        // A swatch in the bar's colour and its label, kept together on a line.
        entries << QStringLiteral("<span style=\"background-color:%1\">&nbsp;&nbsp;&nbsp;"
                                  "</span>&nbsp;%2")
                       .arg(VoteTableModel::positionColour(position).name(),
                            VoteTableModel::positionLabel(position).toHtmlEscaped().replace(
                                QLatin1Char(' '), QStringLiteral("&nbsp;")));
    }
    m_legend->setText(entries.join(QStringLiteral("&nbsp;&nbsp; ")));
    layout()->addWidget(m_legend);
    connect(m_view->chart(), &QChart::plotAreaChanged, this, &VoteTotalsChart::fitHeight);
    m_view->setFixedHeight(0);
    hide();
}

VoteTotalsChart::~VoteTotalsChart() = default;

// A bar is as thick as a line of its labels and a little more; with many votes the bars get
// thinner rather than the chart taller, and labels that would no longer fit are left out (the
// totals above the chart and the table say the numbers).
int VoteTotalsChart::rowHeight() const
{
    return static_cast<int>(std::ceil((fontMetrics().height() + 4) / kBarWidth));
}

int VoteTotalsChart::plotHeight() const
{
    return rowHeight() * static_cast<int>(std::min<qsizetype>(m_rows, kMostRows));
}

void VoteTotalsChart::fitHeight()
{
    if (m_rows == 0)
        return;
    // What the chart needs besides its bars (its margins) is measured, not guessed.
    const QChart *chart = m_view->chart();
    const int around =
        static_cast<int>(std::ceil(chart->size().height() - chart->plotArea().height()));
    const int wanted = std::max(around, 0) + plotHeight();
    if (std::abs(wanted - m_view->height()) > 1)
        m_view->setFixedHeight(wanted);
}

void VoteTotalsChart::setVotes(const QList<Storage::VoteRecord> &votes)
{
    QChart *chart = m_view->chart();
    clearChart(chart);
    m_rows = votes.size();
    setVisible(!votes.isEmpty());
    if (votes.isEmpty())
        return;

    const bool severalDocuments = std::any_of(votes.cbegin(), votes.cend(), [&](const auto &v) {
        return v.document != votes.constFirst().document;
    });
    // A horizontal chart draws its first category at the bottom, and the axis's reverse setting
    // does not move bars: the votes go in last first, so that the first is on top, as the
    // chooser lists them.
    QList<Storage::VoteRecord> bottomUp(votes.crbegin(), votes.crend());
    QStringList categories;
    for (const auto &vote : std::as_const(bottomUp))
        categories << categoryOf(vote, severalDocuments);

    // Bars across the dock: it is wider than it is tall, and a bar of 193 member states split
    // in four reads like the result board of the hall.
    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(kBarWidth);
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
        for (const auto &vote : std::as_const(bottomUp))
            *set << static_cast<qreal>(countOf(vote, position));
        connect(set, &QBarSet::clicked, this,
                [this](int bar) { emit voteChosen(static_cast<int>(m_rows) - 1 - bar); });
        series->append(set);
    }
    series->setLabelsVisible(m_rows <= kMostRows);
    chart->addSeries(series);

    auto *y = new QBarCategoryAxis;
    y->append(categories);
    y->setGridLineVisible(false);
    // "(a)" is short, but the axis would still cut it to "…" to spare the bars a few pixels.
    y->setTruncateLabels(false);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto *x = new QValueAxis;
    x->setRange(0, std::max(largest, 1));
    // The bars carry their numbers; a scale would take a line and say less.
    x->setVisible(false);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    // A first guess of the margins; fitHeight corrects it once the chart is laid out.
    m_view->setFixedHeight(plotHeight() + fontMetrics().height());
}

QRectF VoteTotalsChart::plotArea() const
{
    return m_view->chart()->plotArea();
}

QChartView *VoteTotalsChart::view() const
{
    return m_view;
}

QStringList VoteTotalsChart::categories() const
{
    for (QAbstractAxis *axis : m_view->chart()->axes(Qt::Vertical)) {
        if (auto *y = qobject_cast<QBarCategoryAxis *>(axis)) {
            const QStringList bottomUp = y->categories();
            return {bottomUp.crbegin(), bottomUp.crend()};
        }
    }
    return {};
}

QList<int> VoteTotalsChart::values(VotePosition position) const
{
    QList<int> result;
    const QString label = VoteTableModel::positionLabel(position);
    for (QAbstractSeries *series : m_view->chart()->series()) {
        for (QBarSet *set : static_cast<QAbstractBarSeries *>(series)->barSets()) {
            if (set->label() != label)
                continue;
            for (int i = set->count() - 1; i >= 0; --i) // bottom up (setVotes)
                result << static_cast<int>(set->at(i));
        }
    }
    return result;
}

} // namespace Rapporteur::Gui
