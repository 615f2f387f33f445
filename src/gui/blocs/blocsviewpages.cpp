// The pages of the voting-blocs view and what their own choices show: the matrix and blocs, the
// groups' cohesion, one vote's submitting states; the export menu.
#include "blocsview.h"

#include "agreementheatmap.h"
#include "agreementscale.h"
#include "bloctreemodel.h"
#include "cohesionmodel.h"
#include "dendrogramview.h"
#include "gui/common/filedialogs.h"
#include "gui/votes/votetotalschart.h"
#include "pairvotesmodel.h"
#include "statepositionmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QSlider>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Rapporteur::Gui {

namespace {

QTableView *table(QWidget *parent, const QString &objectName, const QString &accessibleName,
                  QAbstractItemModel *model)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QLabel *wrappingLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

QWidget *BlocsView::createMatrixPage()
{
    auto *page = new QWidget(m_tabs);
    m_heatMap = new AgreementHeatMap;
    m_dendrogram = new DendrogramView;
    // The tree and the map side by side on the same rows, scrolled together.
    auto *canvas = new QWidget;
    canvas->setObjectName(QStringLiteral("blocsCanvas"));
    auto *canvasLayout = new QHBoxLayout(canvas);
    canvasLayout->setContentsMargins(4, 4, 4, 4);
    canvasLayout->setSpacing(0);
    canvasLayout->setSizeConstraint(QLayout::SetFixedSize);
    canvasLayout->addWidget(m_dendrogram, 0, Qt::AlignTop);
    canvasLayout->addWidget(m_heatMap, 0, Qt::AlignTop);
    m_scroll = new QScrollArea(page);
    m_scroll->setObjectName(QStringLiteral("blocsMatrixScroll"));
    m_scroll->setWidget(canvas);
    m_scroll->setBackgroundRole(QPalette::Base);

    m_zoom = new QSlider(Qt::Horizontal, page);
    m_zoom->setObjectName(QStringLiteral("blocsZoom"));
    m_zoom->setAccessibleName(tr("Size of the heat map's cells"));
    m_zoom->setRange(AgreementHeatMap::kMinCellSize, AgreementHeatMap::kMaxCellSize);
    m_zoom->setValue(m_heatMap->cellSize());
    m_zoom->setMaximumWidth(160);
    m_zoom->setToolTip(tr("Cell size (also Ctrl + mouse wheel over the map)"));
    auto *legendBar = new QHBoxLayout;
    legendBar->addWidget(new AgreementLegend(page));
    legendBar->addStretch(1);
    legendBar->addWidget(new QLabel(tr("Zoom:"), page));
    legendBar->addWidget(m_zoom);
    auto *mapPane = new QWidget(page);
    auto *mapLayout = new QVBoxLayout(mapPane);
    mapLayout->setContentsMargins(0, 0, 0, 0);
    mapLayout->addLayout(legendBar);
    mapLayout->addWidget(m_scroll, 1);

    m_blocModel = new BlocTreeModel(this);
    m_blocTree = new QTreeView(page);
    m_blocTree->setObjectName(QStringLiteral("blocsTree"));
    m_blocTree->setAccessibleName(tr("The blocs and their members"));
    m_blocTree->setModel(m_blocModel);
    m_blocTree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_blocTree->setUniformRowHeights(true);
    // Widths from the font, not ResizeToContents: that measures all 193 names at every change.
    const QFontMetrics metrics = m_blocTree->fontMetrics();
    m_blocTree->header()->resizeSection(
        BlocTreeModel::Name, metrics.horizontalAdvance(QStringLiteral("波斯尼亚和黑塞哥维那")) +
                                 3 * m_blocTree->indentation());
    m_blocTree->header()->resizeSection(BlocTreeModel::Code,
                                        metrics.horizontalAdvance(QStringLiteral("WWWW")));
    m_pairTitle = wrappingLabel(page, QStringLiteral("blocsPairTitle"));
    m_pairModel = new PairVotesModel(this);
    m_pairTable =
        table(page, QStringLiteral("blocsPairVotes"), tr("The two states' votes"), m_pairModel);
    auto *pairPane = new QWidget(page);
    auto *pairLayout = new QVBoxLayout(pairPane);
    pairLayout->setContentsMargins(0, 0, 0, 0);
    pairLayout->addWidget(m_pairTitle);
    pairLayout->addWidget(m_pairTable, 1);
    auto *side = new QSplitter(Qt::Vertical, page);
    side->setChildrenCollapsible(false);
    side->addWidget(m_blocTree);
    side->addWidget(pairPane);
    side->setStretchFactor(0, 3);
    side->setStretchFactor(1, 2);

    auto *splitter = new QSplitter(Qt::Horizontal, page);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(mapPane);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({580, 300}); // the side's tables hold names and positions side by side
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(splitter);

    connect(m_zoom, &QSlider::valueChanged, m_heatMap, &AgreementHeatMap::setCellSize);
    connect(m_heatMap, &AgreementHeatMap::cellSizeChanged, this, [this](int pixels) {
        const QSignalBlocker quiet(m_zoom);
        m_zoom->setValue(pixels);
        layoutMatrix();
    });
    connect(m_heatMap, &AgreementHeatMap::cellClicked, this, [this](int row, int column) {
        const QStringList &codes = m_heatMap->matrix().codes;
        showPair(codes[row], codes[column]);
    });
    connect(m_dendrogram, &DendrogramView::blocClicked, this, &BlocsView::showBloc);
    connect(m_blocTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                const QString code = current.data(BlocTreeModel::CodeRole).toString();
                const QModelIndex title = current.siblingAtColumn(BlocTreeModel::Name);
                showStatesOf(code.isEmpty() ? title.data().toString()
                                            : QStringLiteral("%1 (%2)").arg(stateNames(code), code),
                             current.data(BlocTreeModel::MembersRole).toStringList());
            });
    connect(m_blocTree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString code = index.data(BlocTreeModel::CodeRole).toString();
        if (!code.isEmpty())
            emit entityRequested(code);
    });
    return page;
}

QWidget *BlocsView::createGroupsPage()
{
    auto *page = new QWidget(m_tabs);
    m_group = new QComboBox(page);
    m_group->setObjectName(QStringLiteral("blocsGroup"));
    m_group->setAccessibleName(tr("Group"));
    m_measureChoice = new QComboBox(page);
    m_measureChoice->setObjectName(QStringLiteral("blocsCohesionMeasure"));
    m_measureChoice->setAccessibleName(tr("What the chart shows"));
    m_measureChoice->addItem(tr("agreement index"), int(CohesionChart::Measure::AgreementIndex));
    m_measureChoice->addItem(tr("share with the majority"),
                             int(CohesionChart::Measure::MajorityShare));
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Group:"), page));
    bar->addWidget(m_group, 1);
    bar->addSpacing(16);
    bar->addWidget(new QLabel(tr("Chart:"), page));
    bar->addWidget(m_measureChoice);

    m_cohesionModel = new CohesionModel(this);
    m_cohesionTable = table(page, QStringLiteral("blocsCohesion"),
                            tr("The group's cohesion on each vote"), m_cohesionModel);
    m_dissentTitle = wrappingLabel(page, QStringLiteral("blocsDissentTitle"));
    m_dissentModel = new StatePositionModel(this);
    m_dissentTable = table(page, QStringLiteral("blocsDissent"),
                           tr("Members who voted otherwise or not at all"), m_dissentModel);
    auto *dissentPane = new QWidget(page);
    auto *dissentLayout = new QVBoxLayout(dissentPane);
    dissentLayout->setContentsMargins(0, 0, 0, 0);
    dissentLayout->addWidget(m_dissentTitle);
    dissentLayout->addWidget(m_dissentTable, 1);
    m_cohesionChart = new CohesionChart(page);
    auto *bottom = new QSplitter(Qt::Horizontal, page);
    bottom->setChildrenCollapsible(false);
    bottom->addWidget(dissentPane);
    bottom->addWidget(m_cohesionChart);
    bottom->setStretchFactor(0, 1);
    bottom->setStretchFactor(1, 1);
    bottom->setSizes({500, 500});
    auto *splitter = new QSplitter(Qt::Vertical, page);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_cohesionTable);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({200, 600}); // a row per vote above, the members and the chart below
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_group, &QComboBox::activated, this,
            [this] { showGroup(m_group->currentData().toString()); });
    connect(m_measureChoice, &QComboBox::activated, this, [this] {
        setCohesionMeasure(
            static_cast<CohesionChart::Measure>(m_measureChoice->currentData().toInt()));
    });
    connect(m_cohesionTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QList<Blocs::GroupCohesion> &rows = m_cohesionModel->cohesion();
                if (!current.isValid() || current.row() >= rows.size()) {
                    m_dissentModel->setRows({});
                    m_dissentTitle->clear();
                    return;
                }
                const Blocs::GroupCohesion &c = rows[current.row()];
                m_dissentModel->setRows(groupDissent(c, m_corpus));
                m_dissentTitle->setText(tr("%1: %2 voted otherwise, %3 did not vote")
                                            .arg(Blocs::voteKey(c.vote, m_corpus.votes))
                                            .arg(c.otherwise.size())
                                            .arg(c.notVoting.size()));
                m_dissentTable->resizeColumnsToContents();
            });
    connect(m_cohesionChart, &CohesionChart::voteChosen, this,
            [this](int index) { m_cohesionTable->selectRow(index); });
    auto showState = [this](const QModelIndex &current) {
        if (!current.isValid())
            return;
        const QString code = current.data(StatePositionModel::CodeRole).toString();
        showStatesOf(QStringLiteral("%1 (%2)").arg(stateNames(code), code), {code});
    };
    connect(m_dissentTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            showState);
    connect(m_dissentTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit entityRequested(index.data(StatePositionModel::CodeRole).toString());
    });
    return page;
}

QWidget *BlocsView::createVotesPage()
{
    auto *page = new QWidget(m_tabs);
    m_vote = new QComboBox(page);
    m_vote->setObjectName(QStringLiteral("blocsVote"));
    m_vote->setAccessibleName(tr("Vote"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Vote:"), page));
    bar->addWidget(m_vote, 1);
    m_voteSummary = wrappingLabel(page, QStringLiteral("blocsVoteSummary"));
    m_submittingModel = new StatePositionModel(this);
    m_submittingTable = table(page, QStringLiteral("blocsSubmittingStates"),
                              tr("How the states with a submission voted"), m_submittingModel);
    m_totalsChart = new VoteTotalsChart(page);
    auto *splitter = new QSplitter(Qt::Horizontal, page);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_submittingTable);
    splitter->addWidget(m_totalsChart);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 400}); // the chart needs room for its bars' labels
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_voteSummary);
    layout->addWidget(splitter, 1);

    connect(m_vote, &QComboBox::activated, this, &BlocsView::showChosenVote);
    connect(m_totalsChart, &VoteTotalsChart::voteChosen, this, [this](int index) {
        if (index >= 0 && index < m_analysis.votes.voteCount())
            showVote(m_analysis.votes.votes[index].id);
    });
    connect(m_submittingTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                const QString code = current.data(StatePositionModel::CodeRole).toString();
                showStatesOf(QStringLiteral("%1 (%2)").arg(stateNames(code), code), {code});
            });
    connect(m_submittingTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit entityRequested(index.data(StatePositionModel::CodeRole).toString());
    });
    return page;
}

bool BlocsView::showGroup(const QString &name)
{
    const auto group = m_corpus.groups.find(name);
    if (!group)
        return false;
    m_group->setCurrentIndex(m_group->findData(group->shortName));
    m_tabs->setCurrentIndex(GroupsTab);
    showCohesion();
    const QString title =
        group->nameZh.isEmpty()
            ? group->shortName
            : QStringLiteral("%1 %2 (%3)").arg(group->nameZh, group->nameEn, group->shortName);
    showStatesOf(title, group->members);
    return true;
}

void BlocsView::showCohesion()
{
    const qsizetype g = m_group->currentIndex();
    const QList<Blocs::Group> &groups = m_corpus.groups.groups();
    const int row = std::max(0, m_cohesionTable->currentIndex().row());
    m_cohesionModel->setCohesion(
        g >= 0 && g < m_groupCohesion.size() ? m_groupCohesion[g] : QList<Blocs::GroupCohesion>{},
        m_corpus.votes);
    m_cohesionTable->resizeColumnsToContents();
    if (m_cohesionModel->rowCount() > 0)
        m_cohesionTable->selectRow(std::min(row, m_cohesionModel->rowCount() - 1));
    m_cohesionChart->setCohesion(groups, m_groupCohesion, m_corpus.votes, m_measure);
}

void BlocsView::setCohesionMeasure(CohesionChart::Measure measure)
{
    m_measure = measure;
    m_measureChoice->setCurrentIndex(m_measureChoice->findData(int(measure)));
    m_cohesionChart->setCohesion(m_corpus.groups.groups(), m_groupCohesion, m_corpus.votes,
                                 measure);
}

bool BlocsView::showVote(qint64 voteId)
{
    const int index = m_vote->findData(voteId);
    if (index < 0)
        return false;
    m_vote->setCurrentIndex(index);
    m_tabs->setCurrentIndex(VotesTab);
    showChosenVote();
    return true;
}

void BlocsView::showChosenVote()
{
    const qint64 id = m_vote->currentData().toLongLong();
    const auto it = std::find_if(m_corpus.votes.cbegin(), m_corpus.votes.cend(),
                                 [id](const Storage::VoteRecord &v) { return v.id == id; });
    if (it == m_corpus.votes.cend()) {
        m_submittingModel->setRows({});
        m_voteSummary->clear();
        return;
    }
    m_submittingModel->setRows(submittingStatePositions(*it, m_corpus));
    const StatePositionModel &m = *m_submittingModel;
    m_voteSummary->setText(
        m.rowCount() == 0
            ? tr("No state has a submission in this corpus.")
            : tr("Of the %n state(s) with a submission in the corpus: ", "", m.rowCount()) +
                  tr("%1 in favour, %2 against, %3 abstaining, %4 not voting, %5 casting no vote "
                     "(observers)")
                      .arg(m.count(VotePosition::Yes))
                      .arg(m.count(VotePosition::No))
                      .arg(m.count(VotePosition::Abstain))
                      .arg(m.count(VotePosition::NonVoting))
                      .arg(m.count(std::nullopt)));
    m_submittingTable->resizeColumnsToContents();
}

QToolButton *BlocsView::createExportButton()
{
    auto *button = new QToolButton(this);
    m_export = button;
    button->setObjectName(QStringLiteral("blocsExport"));
    button->setText(tr("Export"));
    button->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(button);
    menu->addAction(tr("Agreement matrix as CSV…"), this, [this] {
        chooseExportFile(tr("Export the Agreement Matrix"), QStringLiteral("csv"),
                         &BlocsView::exportCsv);
    });
    menu->addAction(tr("Heat map as PNG…"), this, [this] {
        chooseExportFile(tr("Export the Heat Map"), QStringLiteral("png"),
                         &BlocsView::exportHeatMapPng);
    });
    menu->addAction(tr("Dendrogram as PNG…"), this, [this] {
        chooseExportFile(tr("Export the Dendrogram"), QStringLiteral("png"),
                         &BlocsView::exportDendrogramPng);
    });
    menu->addAction(tr("Cohesion chart as PNG…"), this, [this] {
        chooseExportFile(tr("Export the Cohesion Chart"), QStringLiteral("png"),
                         &BlocsView::exportCohesionChartPng);
    });
    menu->addAction(tr("Vote totals chart as PNG…"), this, [this] {
        chooseExportFile(tr("Export the Vote Totals Chart"), QStringLiteral("png"),
                         &BlocsView::exportTotalsChartPng);
    });
    button->setMenu(menu);
    return button;
}

void BlocsView::chooseExportFile(const QString &title, const QString &suffix,
                                 bool (BlocsView::*write)(const QString &))
{
    const QString filter =
        suffix == QLatin1String("csv") ? tr("CSV files (*.csv)") : tr("PNG images (*.png)");
    const QString path =
        FileDialogs::saveFileName(this, title, QStringLiteral("voting-blocs.") + suffix, filter);
    if (!path.isEmpty() && (this->*write)(path))
        setStatus(tr("Saved %1").arg(path));
}

} // namespace Rapporteur::Gui
