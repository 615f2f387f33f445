#pragma once

#include "blocs/cohesion.h"
#include "blocs/groups.h"
#include "storage/voterecords.h"

#include <QImage>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace Rapporteur::Gui {

// How cohesive each group was on each chosen vote (Qt Charts): a group of bars per vote, a bar
// per group, its height the agreement index or the share that voted with the majority. A group
// none of whose members voted on a vote has no bar there (0). Clicking a bar chooses that vote.
class CohesionChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CohesionChart)

public:
    enum class Measure
    {
        AgreementIndex,
        MajorityShare,
    };

    explicit CohesionChart(QWidget *parent = nullptr);
    ~CohesionChart() override;

    // cohesion[g] is groups[g]'s cohesion on each vote, in the votes' order (all of the same
    // votes); allVotes names them.
    void setCohesion(const QList<Blocs::Group> &groups,
                     const QList<QList<Blocs::GroupCohesion>> &cohesion,
                     const QList<Storage::VoteRecord> &allVotes, Measure measure);

    // What the chart shows: the votes along the axis, the bar sets (groups' short names), and
    // one group's values in the order of the votes.
    QStringList categories() const;
    QStringList groupNames() const;
    QList<double> values(const QString &group) const;

    QImage toImage();

signals:
    void voteChosen(int index);

private:
    QChartView *m_view;
};

} // namespace Rapporteur::Gui
