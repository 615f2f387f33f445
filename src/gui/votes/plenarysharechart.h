#pragma once

#include "storage/rollcalltallies.h"

#include <QList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace Rapporteur::Gui {

// A state's shares of yes, no, abstain and non-voting in each regular session of the General
// Assembly's recorded plenary votes (Qt Charts): four stacked areas over the session numbers,
// which together fill each session's column. Emergency special sessions have no number on this
// axis and are left to the summary beside the chart.
class PlenaryShareChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlenaryShareChart)

public:
    explicit PlenaryShareChart(QWidget *parent = nullptr);
    ~PlenaryShareChart() override;

    void setTallies(const QList<Storage::PositionTally> &bySession);

    // What the chart shows: each area's name, and its upper edge as (session, cumulative share).
    QStringList areaNames() const;
    QList<QPointF> upperEdge(const QString &area) const;

private:
    QChartView *m_view;
};

} // namespace Rapporteur::Gui
