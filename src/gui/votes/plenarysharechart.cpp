#include "plenarysharechart.h"

#include "gui/common/chartview.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <array>

namespace Rapporteur::Gui {

PlenaryShareChart::PlenaryShareChart(QWidget *parent)
    : QWidget(parent), m_view(addChartView(this, tr("Shares of each position by session")))
{
    setObjectName(QStringLiteral("plenaryShareChart"));
    m_view->setMinimumHeight(220);
    m_view->chart()->legend()->setAlignment(Qt::AlignBottom);
}

PlenaryShareChart::~PlenaryShareChart() = default;

void PlenaryShareChart::setTallies(const QList<Storage::PositionTally> &bySession)
{
    QChart *chart = m_view->chart();
    clearChart(chart);
    struct Area
    {
        QString name;
        QRgb colour;
        int (*count)(const Storage::PositionTally &);
    };
    // The vote colours of the vote panel: green yes, red no, amber abstain, grey non-voting.
    const std::array<Area, 4> areas{{
        {tr("Yes"), 0x2e7d32, [](const Storage::PositionTally &t) { return t.yes; }},
        {tr("No"), 0xc62828, [](const Storage::PositionTally &t) { return t.no; }},
        {tr("Abstain"), 0xf9a825, [](const Storage::PositionTally &t) { return t.abstain; }},
        {tr("Non-voting"), 0x9e9e9e, [](const Storage::PositionTally &t) { return t.nonVoting; }},
    }};
    QList<std::pair<int, const Storage::PositionTally *>> regular; // session number, tally
    for (const Storage::PositionTally &t : bySession) {
        bool isNumber = false;
        const int session = t.key.toInt(&isNumber);
        if (isNumber && t.total() > 0)
            regular.append({session, &t});
    }
    std::sort(regular.begin(), regular.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    if (regular.isEmpty())
        return;

    auto *x = new QValueAxis;
    x->setRange(regular.constFirst().first, regular.constLast().first);
    x->setLabelFormat(QStringLiteral("%d"));
    x->setTitleText(tr("Session"));
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%d%%"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    // Each area lies between the cumulative shares below it and those including it. The line
    // series are the area's children, so that removing the area frees them whoever owns them.
    QList<QPointF> below;
    for (const auto &[session, tally] : std::as_const(regular))
        below.append(QPointF(session, 0.0));
    for (const Area &area : areas) {
        auto *series = new QAreaSeries;
        auto *lower = new QLineSeries(series);
        lower->append(below);
        auto *upper = new QLineSeries(series);
        for (qsizetype i = 0; i < regular.size(); ++i) {
            const Storage::PositionTally &t = *regular[i].second;
            below[i].ry() += 100.0 * area.count(t) / t.total();
        }
        upper->append(below);
        series->setUpperSeries(upper);
        series->setLowerSeries(lower);
        series->setName(area.name);
        series->setColor(QColor(area.colour));
        series->setBorderColor(QColor(area.colour).darker(120));
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
}

QStringList PlenaryShareChart::areaNames() const
{
    QStringList names;
    for (QAbstractSeries *series : m_view->chart()->series())
        names.append(series->name());
    return names;
}

QList<QPointF> PlenaryShareChart::upperEdge(const QString &area) const
{
    for (QAbstractSeries *series : m_view->chart()->series()) {
        auto *a = qobject_cast<QAreaSeries *>(series);
        if (a && a->name() == area && a->upperSeries())
            return a->upperSeries()->points();
    }
    return {};
}

} // namespace Rapporteur::Gui
