#include "chartview.h"

#include <QChart>
#include <QChartView>
#include <QVBoxLayout>

namespace Rapporteur::Gui {

QChartView *addChartView(QWidget *owner, const QString &accessibleName)
{
    auto *view = new QChartView(owner);
    view->setAccessibleName(accessibleName);
    view->setRenderHint(QPainter::Antialiasing);
    auto *chart = new QChart;
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    view->setChart(chart);
    auto *layout = new QVBoxLayout(owner);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
    return view;
}

void clearChart(QChart *chart)
{
    chart->removeAllSeries(); // deletes them
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis); // gives it back to us
        delete axis;
    }
}

} // namespace Rapporteur::Gui
