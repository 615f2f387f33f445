#include "codingsegmentview.h"

#include "codingsegmentmodel.h"
#include "gui/common/pageparts.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

namespace Rapporteur::Gui {

CodingSegmentView::CodingSegmentView(QWidget *parent)
    : QTableView(parent), m_model(new CodingSegmentModel(this)),
      m_sorted(new QSortFilterProxyModel(this))
{
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(CodingSegmentModel::SortRole);
    setModel(m_sorted);
    setUpRecordTable(*this);
    setWordWrap(false); // a quote is cut at its column's edge; the tooltip has it whole
    // Corpus order until the user clicks a header: no column is sorted at first.
    horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    setSortingEnabled(true);
    connect(this, &QTableView::activated, this, [this](const QModelIndex &index) {
        const qint64 paragraph = index.data(CodingSegmentModel::ParagraphIdRole).toLongLong();
        if (paragraph > 0)
            emit paragraphRequested(paragraph);
    });
}

CodingSegmentView::~CodingSegmentView() = default;

void CodingSegmentView::setCodings(const QList<Storage::CodingRecord> &codings)
{
    horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_model->setCodings(codings);
    // A quote runs to a paragraph's length: it gives way, the tooltip has it whole.
    resizeColumnsToContents();
    const int widest = fontMetrics().horizontalAdvance(QStringLiteral("中")) * 30;
    for (const int column : {int(CodingSegmentModel::Quote), int(CodingSegmentModel::Memo)})
        setColumnWidth(column, std::min(columnWidth(column), widest));
}

} // namespace Rapporteur::Gui
