#pragma once

#include "gui/common/columntablemodel.h"
#include "storage/codingrecords.h"

#include <QList>

namespace Rapporteur::Gui {

// Coded segments, one row per coding: the quote, its code, the state whose submission it lies in
// (Chinese and English), document, page, coder and memo. What the retrieval tab lists, and what
// lies behind a matrix cell. An orphaned coding (its text gone after a re-import) keeps its quote
// but has no page and no paragraph to open.
class CodingSegmentModel final : public ColumnTableModel
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

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int recordCount() const override;
    QString columnTitle(int column) const override;
    QVariant display(const Storage::CodingRecord &c, int column) const;

    QList<Storage::CodingRecord> m_codings;
};

} // namespace Rapporteur::Gui
