#include "blocsmatrixpage.h"

#include "adaptivesplitter.h"
#include "agreementheatmap.h"
#include "agreementscale.h"
#include "blocchoicepanel.h"
#include "bloctreemodel.h"
#include "dendrogramview.h"
#include "gui/common/pageparts.h"
#include "pairvotesmodel.h"
#include "referencedata/entityregistry.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSlider>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace Rapporteur::Gui {

BlocsMatrixPage::BlocsMatrixPage(const BlocsShown &shown, const BlocChoicePanel &choices,
                                 QWidget *parent)
    : BlocsPage(parent), m_shown(shown), m_choices(choices)
{
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
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("blocsMatrixScroll"));
    m_scroll->setWidget(canvas);
    m_scroll->setBackgroundRole(QPalette::Base);

    // The zoom goes to the view's bar over the pages (zoomSlider): the legend has a row alone.
    m_zoom = new QSlider(Qt::Horizontal, this);
    m_zoom->setObjectName(QStringLiteral("blocsZoom"));
    m_zoom->setAccessibleName(tr("Size of the heat map's cells"));
    m_zoom->setRange(AgreementHeatMap::kMinCellSize, AgreementHeatMap::kMaxCellSize);
    m_zoom->setValue(m_heatMap->cellSize());
    // Wide enough to set a size with some precision, narrow enough to share a row of the bar.
    m_zoom->setFixedWidth(latinTextWidth(m_zoom->fontMetrics(), 8));
    m_zoom->setToolTip(tr("Cell size (also Ctrl + mouse wheel over the map)"));
    auto *legendBar = new QHBoxLayout;
    legendBar->addWidget(new AgreementLegend(this));
    legendBar->addStretch(1);
    auto *mapPane = new QWidget(this);
    auto *mapLayout = new QVBoxLayout(mapPane);
    mapLayout->setContentsMargins(0, 0, 0, 0);
    mapLayout->addLayout(legendBar);
    mapLayout->addWidget(m_scroll, 1);

    m_blocModel = new BlocTreeModel(this);
    m_blocTree = new QTreeView(this);
    m_blocTree->setObjectName(QStringLiteral("blocsTree"));
    m_blocTree->setAccessibleName(tr("The blocs and their members"));
    m_blocTree->setModel(m_blocModel);
    m_blocTree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_blocTree->setUniformRowHeights(true);
    // Widths from the font, not ResizeToContents: that measures all 193 names at every change.
    m_blocTree->header()->resizeSection(BlocTreeModel::Name, nameColumnWidth());
    m_blocTree->header()->resizeSection(
        BlocTreeModel::Code, m_blocTree->fontMetrics().horizontalAdvance(QStringLiteral("WWWW")));
    m_pairTitle = selectableLabel(this, QStringLiteral("blocsPairTitle"));
    m_pairModel = new PairVotesModel(this);
    m_pairTable = recordTable(this, QStringLiteral("blocsPairVotes"), tr("The two states' votes"),
                              m_pairModel);
    QWidget *pairPane = titledPane(this, m_pairTitle, m_pairTable);
    auto *side = new QSplitter(Qt::Vertical, this);
    side->setObjectName(QStringLiteral("blocsMatrixSide"));
    side->setChildrenCollapsible(false);
    side->addWidget(m_blocTree);
    side->addWidget(pairPane);
    side->setStretchFactor(0, 3);
    side->setStretchFactor(1, 2);

    // The map beside the lists when that leaves it at least half the width, over them when not:
    // then the lists share the row under the map, side by side.
    m_splitter = new AdaptiveSplitter(this);
    m_splitter->setObjectName(QStringLiteral("blocsMatrixSplitter"));
    m_splitter->addWidget(mapPane);
    m_splitter->addWidget(side);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setWideWidth(2 * sideWidth());
    // Stacked, the lists show a header and half a dozen rows, and the pair's title on two lines.
    m_splitter->setSecondPaneExtent(sideWidth(), 8 * fontMetrics().lineSpacing());
    connect(m_splitter, &AdaptiveSplitter::orientationChanged, side,
            [side](Qt::Orientation orientation) {
                const bool stacked = orientation == Qt::Vertical;
                side->setOrientation(stacked ? Qt::Horizontal : Qt::Vertical);
                const int extent = stacked ? side->width() : side->height();
                side->setSizes({extent / 2, extent - extent / 2});
            });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_splitter);

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
    connect(m_dendrogram, &DendrogramView::blocClicked, this, &BlocsMatrixPage::showBloc);
    connect(m_blocTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &BlocsMatrixPage::blocChosen);
    connect(m_blocTree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString code = index.data(BlocTreeModel::CodeRole).toString();
        if (!code.isEmpty())
            emit entityRequested(code);
    });
}

BlocsMatrixPage::~BlocsMatrixPage() = default;

int BlocsMatrixPage::nameColumnWidth() const
{
    // The longest member state's name in full (the column shows the names in Chinese), after
    // the indentation of a member under its bloc, with a margin on either side.
    const QFontMetrics metrics = m_blocTree->fontMetrics();
    int widest = 0;
    for (const Entity &state : ReferenceData::EntityRegistry::builtIn().memberStates())
        widest = std::max(widest, metrics.horizontalAdvance(state.nameZh));
    // A member sits two indentations in: its bloc's branch and its own.
    return widest + 2 * m_blocTree->indentation() + latinTextWidth(metrics, 2);
}

int BlocsMatrixPage::sideWidth() const
{
    // The names and their codes, with the frame and a scroll bar.
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_blocTree);
    return nameColumnWidth() + m_blocTree->header()->sectionSize(BlocTreeModel::Code) +
           2 * m_blocTree->frameWidth() + scrollBar;
}

int BlocsMatrixPage::wideWidth() const
{
    return m_splitter->wideWidth();
}

void BlocsMatrixPage::showAnalysis(const Blocs::AgreementMatrix &ordered, const QImage &cells)
{
    const QString first = m_pairModel->first();
    const QString second = m_pairModel->second();
    m_heatMap->setMatrix(ordered, cells);
    m_dendrogram->setDendrogram(m_shown.analysis.dendrogram, m_choices.blocCount());
    layoutMatrix();
    showCut();
    if (!showPair(first, second)) {
        m_pairModel->clear();
        m_pairTitle->setText(tr("Click a cell of the map to compare the two states' votes."));
    }
}

void BlocsMatrixPage::showCut()
{
    const int k = m_choices.blocCount();
    const QList<QStringList> cut = m_shown.analysis.dendrogram.cutCodes(k);
    QList<int> sizes;
    for (const QStringList &bloc : cut)
        sizes.append(int(bloc.size()));
    m_heatMap->setBlocSizes(sizes);
    m_dendrogram->setBlocCount(k);
    m_blocModel->setBlocs(cut);
    m_blocTree->expandAll();
}

QList<QStringList> BlocsMatrixPage::blocs() const
{
    return m_blocModel->blocs();
}

void BlocsMatrixPage::layoutMatrix()
{
    m_dendrogram->setLeafGeometry(m_heatMap->cellsTop(), m_heatMap->cellSize());
    if (QWidget *canvas = m_scroll->widget())
        canvas->adjustSize();
}

bool BlocsMatrixPage::showPair(const QString &first, const QString &second)
{
    const QStringList &order = m_heatMap->matrix().codes;
    const qsizetype row = order.indexOf(first);
    const qsizetype column = order.indexOf(second);
    if (first.isEmpty() || row < 0 || column < 0)
        return false;
    m_pairModel->setPair(m_shown.analysis.votes, m_shown.corpus.votes, first, second,
                         m_choices.options());
    const std::optional<double> value = m_heatMap->matrix().values[row][column];
    const int compared = m_heatMap->matrix().compared[row][column];
    m_pairTitle->setText(
        value ? tr("%1 and %2: agreement %3 over %n vote(s)", "", compared)
                    .arg(stateNames(first), stateNames(second), QString::number(*value, 'f', 2))
              : tr("%1 and %2: no vote in common").arg(stateNames(first), stateNames(second)));
    m_heatMap->setCurrentCell(int(row), int(column));
    m_pairTable->resizeColumnsToContents();
    emit statesChosen(first == second ? stateNames(first)
                                      : tr("%1 and %2").arg(stateNames(first), stateNames(second)),
                      first == second ? QStringList{first} : QStringList{first, second});
    return true;
}

bool BlocsMatrixPage::showBloc(int bloc)
{
    const QModelIndex index = m_blocModel->blocIndex(bloc);
    if (!index.isValid())
        return false;
    m_blocTree->setCurrentIndex(index); // lists its members' submissions
    m_blocTree->scrollTo(index, QAbstractItemView::PositionAtTop);
    return true;
}

void BlocsMatrixPage::blocChosen(const QModelIndex &current)
{
    if (!current.isValid())
        return;
    // A bloc's row names no state: its title is the bloc's ("Bloc 2 · 24 states").
    const QString code = current.data(BlocTreeModel::CodeRole).toString();
    const QModelIndex title = current.siblingAtColumn(BlocTreeModel::Name);
    emit statesChosen(code.isEmpty() ? title.data().toString() : stateTitle(code),
                      current.data(BlocTreeModel::MembersRole).toStringList());
}

} // namespace Rapporteur::Gui
