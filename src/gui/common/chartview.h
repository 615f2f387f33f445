#pragma once

#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QWidget;
QT_END_NAMESPACE

namespace Rapporteur::Gui {

// A chart view filling `owner` (a layout of no margins), antialiased, with an empty chart of
// small margins and square corners: how every chart of the program starts.
QChartView *addChartView(QWidget *owner, const QString &accessibleName);

// Removes every series and axis of the chart (deleting them), before it is drawn anew.
void clearChart(QChart *chart);

} // namespace Rapporteur::Gui
