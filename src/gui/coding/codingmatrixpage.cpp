#include "codingmatrixpage.h"

#include "codingsegmentview.h"
#include "gui/common/pageparts.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Rapporteur::Gui {

CodingMatrixPage::CodingMatrixPage(const QString &objectName, const QString &accessibleName,
                                   QWidget *parent)
    : QWidget(parent), m_model(new CodeMatrixModel(this)), m_controls(new QHBoxLayout),
      m_note(new QLabel(this)), m_matrix(new QTableView(this)),
      m_title(selectableLabel(this, objectName + QStringLiteral("CellTitle"))),
      m_segments(new CodingSegmentView(this))
{
    setObjectName(objectName);
    m_note->setWordWrap(true);
    m_matrix->setObjectName(objectName + QStringLiteral("Matrix"));
    m_matrix->setAccessibleName(accessibleName);
    m_matrix->setModel(m_model);
    m_matrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrix->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrix->verticalHeader()->setDefaultSectionSize(m_matrix->fontMetrics().height() + 6);
    m_matrix->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_matrix->horizontalHeader()->setMinimumSectionSize(
        m_matrix->fontMetrics().horizontalAdvance(QStringLiteral("000")) + 8);
    m_segments->setObjectName(objectName + QStringLiteral("Segments"));
    m_segments->setAccessibleName(tr("Segments behind the chosen cell"));

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_controls->addWidget(m_note, 1);
    topLayout->addLayout(m_controls);
    topLayout->addWidget(m_matrix, 1);
    QWidget *bottom = titledPane(this, m_title, m_segments);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_matrix, &QTableView::clicked, this, &CodingMatrixPage::showIndex);
    connect(m_matrix->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CodingMatrixPage::showIndex);
    connect(m_segments, &CodingSegmentView::paragraphRequested, this,
            &CodingMatrixPage::paragraphRequested);
    clearCell();
}

CodingMatrixPage::~CodingMatrixPage() = default;

void CodingMatrixPage::setMatrix(const Coding::CodeMatrix &matrix,
                                 const QList<CodeMatrixModel::ColumnLabel> &labels,
                                 const QString &note)
{
    const QString row = m_shownRow;
    const QString column = m_shownColumn;
    m_model->setMatrix(matrix, labels);
    m_note->setText(note);
    if (row.isEmpty() || !showCell(row, column))
        clearCell();
}

bool CodingMatrixPage::showCell(const QString &codePath, const QString &columnKey)
{
    const QModelIndex cell = m_model->cell(codePath, columnKey);
    if (!cell.isValid())
        return false;
    m_matrix->setCurrentIndex(cell);
    m_matrix->scrollTo(cell);
    showIndex(cell); // also when it was current already
    return true;
}

QString CodingMatrixPage::cellTitle() const
{
    return m_title->text();
}

void CodingMatrixPage::showIndex(const QModelIndex &cell)
{
    if (!cell.isValid())
        return;
    m_shownRow = cell.data(CodeMatrixModel::CodePathRole).toString();
    m_shownColumn = cell.data(CodeMatrixModel::ColumnKeyRole).toString();
    const QList<Storage::CodingRecord> segments =
        m_segmentsOf ? m_segmentsOf(cell) : QList<Storage::CodingRecord>();
    const QString column =
        m_model->headerData(cell.column(), Qt::Horizontal).toString().replace(u'\n', u' ');
    m_title->setText(
        tr("%1 × %2: %n segment(s)", "", int(segments.size())).arg(m_shownRow, column));
    m_segments->setCodings(segments);
}

void CodingMatrixPage::clearCell()
{
    m_shownRow.clear();
    m_shownColumn.clear();
    m_title->setText(m_model->rowCount() > 0 ? tr("Click a cell for the segments behind it.")
                                             : QString());
    m_segments->setCodings({});
}

} // namespace Rapporteur::Gui
