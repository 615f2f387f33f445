#include "blocsgroupspage.h"

#include "adaptivesplitter.h"
#include "cohesionmodel.h"
#include "gui/common/flowlayout.h"
#include "gui/common/pageparts.h"
#include "statepositionmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Rapporteur::Gui {

BlocsGroupsPage::BlocsGroupsPage(const BlocsShown &shown, QWidget *parent)
    : BlocsPage(parent), m_shown(shown)
{
    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("blocsGroup"));
    m_group->setAccessibleName(tr("Group"));
    m_measureChoice = new QComboBox(this);
    m_measureChoice->setObjectName(QStringLiteral("blocsCohesionMeasure"));
    m_measureChoice->setAccessibleName(tr("What the chart shows"));
    m_measureChoice->addItem(tr("agreement index"), int(CohesionChart::Measure::AgreementIndex));
    m_measureChoice->addItem(tr("share with the majority"),
                             int(CohesionChart::Measure::MajorityShare));
    // Each choice with its label as one group; the second goes under the first when narrow.
    // Both as wide as their longest item: a group's name is never cut.
    auto *bar = new FlowLayout;
    for (const auto &[label, combo] :
         {std::pair{tr("Group:"), m_group}, std::pair{tr("Chart:"), m_measureChoice}}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        auto *group = new QWidget(this);
        auto *row = new QHBoxLayout(group);
        row->setContentsMargins(0, 0, 0, 0);
        auto *text = new QLabel(label, group);
        text->setBuddy(combo);
        row->addWidget(text);
        row->addWidget(combo);
        bar->addWidget(group);
    }

    m_cohesionModel = new CohesionModel(this);
    m_cohesionTable = recordTable(this, QStringLiteral("blocsCohesion"),
                                  tr("The group's cohesion on each vote"), m_cohesionModel);
    m_dissentTitle = selectableLabel(this, QStringLiteral("blocsDissentTitle"));
    m_dissentModel = new StatePositionModel(this);
    m_dissentTable = recordTable(this, QStringLiteral("blocsDissent"),
                                 tr("Members who voted otherwise or not at all"), m_dissentModel);
    QWidget *dissentPane = titledPane(this, m_dissentTitle, m_dissentTable);
    m_cohesionChart = new CohesionChart(this);
    // The members and the chart side by side when both have room, the chart under the members
    // when not.
    auto *bottom = new AdaptiveSplitter(this);
    bottom->setObjectName(QStringLiteral("blocsGroupsBottom"));
    bottom->addWidget(dissentPane);
    bottom->addWidget(m_cohesionChart);
    // The members: a name, a code, a position; the chart: its title and a legend naming the six
    // groups on one line.
    const int members = latinTextWidth(fontMetrics(), 40);
    const int chart = latinTextWidth(fontMetrics(), 64);
    bottom->setWideWidth(members + chart);
    bottom->setSecondPaneExtent(chart, 12 * fontMetrics().lineSpacing());
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_cohesionTable);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({200, 600}); // a row per vote above, the members and the chart below
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_group, &QComboBox::activated, this,
            [this] { showGroup(m_group->currentData().toString()); });
    connect(m_measureChoice, &QComboBox::activated, this, [this] {
        setMeasure(static_cast<CohesionChart::Measure>(m_measureChoice->currentData().toInt()));
    });
    connect(m_cohesionTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BlocsGroupsPage::voteChosen);
    connect(m_cohesionChart, &CohesionChart::voteChosen, this,
            [this](int index) { m_cohesionTable->selectRow(index); });
    followStates(m_dissentTable);
}

BlocsGroupsPage::~BlocsGroupsPage() = default;

void BlocsGroupsPage::listGroups()
{
    const QString group = m_group->currentData().toString();
    const QSignalBlocker quiet(m_group);
    m_group->clear();
    for (const Blocs::Group &g : m_shown.corpus.groups.groups()) {
        m_group->addItem(g.nameZh.isEmpty() ? g.shortName
                                            : QStringLiteral("%1 %2").arg(g.shortName, g.nameZh),
                         g.shortName);
    }
    m_group->setCurrentIndex(std::max(0, m_group->findData(group)));
}

bool BlocsGroupsPage::showGroup(const QString &name)
{
    const auto group = m_shown.corpus.groups.find(name);
    if (!group)
        return false;
    m_group->setCurrentIndex(m_group->findData(group->shortName));
    emit raiseRequested();
    showCohesion();
    const QString title =
        group->nameZh.isEmpty()
            ? group->shortName
            : QStringLiteral("%1 %2 (%3)").arg(group->nameZh, group->nameEn, group->shortName);
    emit statesChosen(title, group->members);
    return true;
}

void BlocsGroupsPage::showCohesion()
{
    const qsizetype g = m_group->currentIndex();
    const QList<QList<Blocs::GroupCohesion>> &cohesion = m_shown.groupCohesion;
    const int row = std::max(0, m_cohesionTable->currentIndex().row());
    m_cohesionModel->setCohesion(g >= 0 && g < cohesion.size() ? cohesion[g]
                                                               : QList<Blocs::GroupCohesion>{},
                                 m_shown.corpus.votes);
    m_cohesionTable->resizeColumnsToContents();
    if (m_cohesionModel->rowCount() > 0)
        m_cohesionTable->selectRow(std::min(row, m_cohesionModel->rowCount() - 1));
    m_cohesionChart->setCohesion(m_shown.corpus.groups.groups(), cohesion, m_shown.corpus.votes,
                                 m_measure);
}

void BlocsGroupsPage::setMeasure(CohesionChart::Measure measure)
{
    m_measure = measure;
    m_measureChoice->setCurrentIndex(m_measureChoice->findData(int(measure)));
    m_cohesionChart->setCohesion(m_shown.corpus.groups.groups(), m_shown.groupCohesion,
                                 m_shown.corpus.votes, measure);
}

void BlocsGroupsPage::voteChosen(const QModelIndex &current)
{
    const QList<Blocs::GroupCohesion> &rows = m_cohesionModel->cohesion();
    if (!current.isValid() || current.row() >= rows.size()) {
        m_dissentModel->setRows({});
        m_dissentTitle->clear();
        return;
    }
    const Blocs::GroupCohesion &c = rows[current.row()];
    m_dissentModel->setRows(groupDissent(c, m_shown.corpus));
    m_dissentTitle->setText(tr("%1: %2 voted otherwise, %3 did not vote")
                                .arg(Blocs::voteKey(c.vote, m_shown.corpus.votes))
                                .arg(c.otherwise.size())
                                .arg(c.notVoting.size()));
    m_dissentTable->resizeColumnsToContents();
}

} // namespace Rapporteur::Gui
