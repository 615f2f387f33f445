#include "pairagreementchart.h"

#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace Rapporteur::Gui {

PairAgreementChart::PairAgreementChart(QWidget *parent)
    : QWidget(parent), m_view(new QChartView(this))
{
    setObjectName(QStringLiteral("pairAgreementChart"));
    m_view->setAccessibleName(tr("Agreement of two states by session"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(180);
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    m_view->setChart(chart);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

PairAgreementChart::~PairAgreementChart() = default;

void PairAgreementChart::setRows(const QList<Blocs::AgreementRow> &rows, const QString &title)
{
    QChart *chart = m_view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
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
