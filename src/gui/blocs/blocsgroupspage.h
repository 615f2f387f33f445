#pragma once

#include "blocsdata.h"
#include "blocspage.h"
#include "cohesionchart.h"

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QModelIndex;
class QTableView;
QT_END_NAMESPACE

namespace Rapporteur::Gui {

class CohesionModel;
class StatePositionModel;

// The "Groups" tab of the voting blocs: a group's cohesion on each chosen vote, the members who
// voted otherwise or not at all on the vote chosen in that table, and a Qt Charts chart of every
// group's cohesion per vote (agreement index or share with the majority). It shows the view's
// corpus and cohesion (shown).
class BlocsGroupsPage final : public BlocsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BlocsGroupsPage)

public:
    explicit BlocsGroupsPage(const BlocsShown &shown, QWidget *parent = nullptr);
    ~BlocsGroupsPage() override;

    // Lists the corpus's groups to choose from; the chosen one stays chosen while it is there.
    void listGroups();
    // Shows the chosen group's cohesion and the chart, after a new analysis; the chosen vote
    // stays chosen.
    void showCohesion();
    // Chooses a group (by any of its names) and lists its members' submissions; false when
    // there is no such group.
    bool showGroup(const QString &name);
    void setMeasure(CohesionChart::Measure measure);

    CohesionModel *cohesionModel() const { return m_cohesionModel; }
    StatePositionModel *dissentModel() const { return m_dissentModel; }
    CohesionChart *cohesionChart() const { return m_cohesionChart; }

private:
    void voteChosen(const QModelIndex &current);

    const BlocsShown &m_shown;
    CohesionChart::Measure m_measure = CohesionChart::Measure::AgreementIndex;
    QComboBox *m_group;
    QComboBox *m_measureChoice;
    CohesionModel *m_cohesionModel;
    QTableView *m_cohesionTable;
    QLabel *m_dissentTitle;
    StatePositionModel *m_dissentModel;
    QTableView *m_dissentTable;
    CohesionChart *m_cohesionChart;
};

} // namespace Rapporteur::Gui
