#pragma once

#include "storage/codingrecords.h"

#include <QTableView>

QT_BEGIN_NAMESPACE
class QSortFilterProxyModel;
QT_END_NAMESPACE

namespace Rapporteur::Gui {

class CodingSegmentModel;

// A list of coded segments (CodingSegmentModel), in corpus order until the user sorts by a
// column. Activating a segment (double-click, Enter) asks for its paragraph; an orphaned
// coding has none and asks for nothing.
class CodingSegmentView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodingSegmentView)

public:
    explicit CodingSegmentView(QWidget *parent = nullptr);
    ~CodingSegmentView() override;

    // Shows these segments, back in corpus order.
    void setCodings(const QList<Storage::CodingRecord> &codings);
    CodingSegmentModel *segmentModel() const { return m_model; }
    // The rows as shown (sorted as the user sorted them): what an export writes.
    QSortFilterProxyModel *shownModel() const { return m_sorted; }

signals:
    void paragraphRequested(qint64 paragraphId);

private:
    CodingSegmentModel *m_model;
    QSortFilterProxyModel *m_sorted;
};

} // namespace Rapporteur::Gui
