#pragma once

#include "blocs/agreementmap.h"

#include <QPointF>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace Rapporteur::Gui {

// The map of states by their agreement (Blocs::AgreementMap) as a scatter chart: a point per
// state, a colour per regional group, the group's name in the legend. Hovering a point names
// the state; clicking one chooses it.
class AgreementMapChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgreementMapChart)

public:
    explicit AgreementMapChart(QWidget *parent = nullptr);
    ~AgreementMapChart() override;

    void setMap(const Blocs::AgreementMap &map);

    // What the chart shows: a series per group (in the order of the groups' first states), and
    // each series' states with their places.
    QStringList groupNames() const;
    QList<std::pair<QString, QPointF>> pointsOf(const QString &group) const;

signals:
    void stateChosen(const QString &code);

private:
    QChartView *m_view;
    Blocs::AgreementMap m_map;
};

} // namespace Rapporteur::Gui
