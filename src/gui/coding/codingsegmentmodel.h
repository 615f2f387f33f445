#pragma once

#include "storage/codingrecords.h"

#include <QAbstractTableModel>
#include <QList>

namespace Rapporteur::Gui {

// Coded segments, one row per coding: the quote, its code, the state whose submission it lies in
// (Chinese and English), document, page, coder and memo. What the retrieval tab lists, and what
// lies behind a matrix cell. An orphaned coding (its text gone after a re-import) keeps its quote
// but has no page and no paragraph to open.
class CodingSegmentModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodingSegmentModel)

public:
    enum Column
    {
        Quote,
        Code,
        StateZh,
        StateEn,
        Document,
        Page,
        Coder,
        Memo,
        ColumnCount
    };
    enum Role
    {
        CodingIdRole = Qt::UserRole + 1, // qint64
        ParagraphIdRole,                 // qint64; 0 for an orphaned coding
        EntityCodeRole,                  // empty outside a state's submission
        SortRole,                        // what a column sorts by (numbers for pages)
    };

    explicit CodingSegmentModel(QObject *parent = nullptr);
    ~CodingSegmentModel() override;

    void setCodings(const QList<Storage::CodingRecord> &codings);
    const QList<Storage::CodingRecord> &codings() const { return m_codings; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Storage::CodingRecord &c, int column) const;

    QList<Storage::CodingRecord> m_codings;
};

} // namespace Rapporteur::Gui
