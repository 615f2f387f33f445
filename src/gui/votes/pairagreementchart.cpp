#include "pairagreementchart.h"

#include "gui/common/chartview.h"

#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

namespace Rapporteur::Gui {

PairAgreementChart::PairAgreementChart(QWidget *parent)
    : QWidget(parent), m_view(addChartView(this, tr("Agreement of two states by session")))
{
    setObjectName(QStringLiteral("pairAgreementChart"));
    m_view->setMinimumHeight(180);
    m_view->chart()->legend()->hide();
}

PairAgreementChart::~PairAgreementChart() = default;

void PairAgreementChart::setRows(const QList<Blocs::AgreementRow> &rows, const QString &title)
{
    QChart *chart = m_view->chart();
    clearChart(chart);
    chart->setTitle(title);
    QList<QPointF> points;
    for (const Blocs::AgreementRow &r : rows) {
        bool isNumber = false;
        const int session = r.session.toInt(&isNumber);
        if (isNumber)
            points.append(QPointF(session, r.agreement));
    }
    std::sort(points.begin(), points.end(),
              [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
    if (points.isEmpty())
        return;
    auto *line = new QLineSeries;
    line->append(points);
    line->setPointsVisible(points.size() < 30);
    chart->addSeries(line);
    auto *x = new QValueAxis;
    x->setRange(points.constFirst().x(),
                std::max(points.constLast().x(), points.constFirst().x() + 1));
    x->setLabelFormat(QStringLiteral("%d"));
    x->setTitleText(tr("Session"));
    auto *y = new QValueAxis;
    y->setRange(0, 1);
    y->setTickCount(5);
    y->setLabelFormat(QStringLiteral("%.2f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    line->attachAxis(x);
    line->attachAxis(y);
}

QList<QPointF> PairAgreementChart::points() const
{
    for (QAbstractSeries *series : m_view->chart()->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(series))
            return line->points();
    }
    return {};
}

} // namespace Rapporteur::Gui
